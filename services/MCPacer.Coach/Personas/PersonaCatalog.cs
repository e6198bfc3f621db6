using System.Text.RegularExpressions;
using MCPacer.Coach.Memory;
using MCPacer.Coach.Storage;
using MCPacer.Contracts;
using MCPacer.Contracts.Coach;

namespace MCPacer.Coach.Personas;

/// <summary>
/// Coaching personas: the five shipped with the service, plus the runner's own Markdown files in
/// &lt;data&gt;/coach/personas/ (a file named like a shipped persona replaces it). Every persona is served with the
/// shared coaching guidelines appended.
/// </summary>
internal sealed partial class PersonaCatalog(CoachPaths paths, MemoryStore memory)
{
    public static readonly Slug DefaultPersona = Slug.Parse("coach");

    static readonly IReadOnlyDictionary<string, string> Shipped = ShippedText.ReadAll("persona:");
    static readonly string Guidelines = ShippedText.Read("guidelines");

    public async Task<IReadOnlyList<PersonaSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var preferred = await PreferredNameAsync(cancellationToken);
        var user = UserPersonaFiles();
        var names = Shipped.Keys.Concat(user.Keys).Distinct().Order(StringComparer.Ordinal);
        var list = new List<PersonaSummary>();
        foreach (var name in names)
        {
            var (text, source) = await ReadOwnTextAsync(name, user, cancellationToken);
            list.Add(new PersonaSummary(name, TitleOf(text, name), source, name == preferred.Value));
        }

        return list;
    }

    public async Task<Persona?> GetAsync(Slug name, CancellationToken cancellationToken)
    {
        var user = UserPersonaFiles();
        if (!Shipped.ContainsKey(name.Value) && !user.ContainsKey(name.Value))
        {
            return null;
        }

        var preferred = await PreferredNameAsync(cancellationToken);
        var (text, source) = await ReadOwnTextAsync(name.Value, user, cancellationToken);
        return new Persona(name.Value, TitleOf(text, name.Value), source, name == preferred, Compose(text));
    }

    /// <summary>
    /// The persona the Athlete section names ("Preferred persona: david", or the original MCPacer's "Persona preference: david"),
    /// if it exists; else the balanced coach.
    /// </summary>
    public async Task<Slug> PreferredNameAsync(CancellationToken cancellationToken)
    {
        var snapshot = await memory.ReadAsync(cancellationToken);
        var athlete = snapshot is null ? null : MemoryDocument.Parse(snapshot.Text).Section(MemorySections.Title(MemorySectionKeys.Athlete));
        if (athlete is not null
            && PreferencePattern().Match(athlete) is { Success: true } match
            && Slug.TryParse(match.Groups[1].Value, out var named)
            && (Shipped.ContainsKey(named.Value) || UserPersonaFiles().ContainsKey(named.Value)))
        {
            return named;
        }

        return DefaultPersona;
    }

    static string Compose(string personaText) => personaText.TrimEnd() + "\n\n---\n\n" + Guidelines.TrimEnd() + "\n";

    static async Task<(string Text, PersonaSource Source)> ReadOwnTextAsync(
        string name, IReadOnlyDictionary<string, string> userFiles, CancellationToken cancellationToken)
    {
        if (userFiles.TryGetValue(name, out var file))
        {
            var source = Shipped.ContainsKey(name) ? PersonaSource.UserOverride : PersonaSource.User;
            return (await File.ReadAllTextAsync(file, cancellationToken), source);
        }

        return (Shipped[name], PersonaSource.Default);
    }

    /// <summary>The runner's persona files by name; files whose names are not slugs are not personas.</summary>
    IReadOnlyDictionary<string, string> UserPersonaFiles() =>
        Directory.Exists(paths.Personas)
            ? Directory.EnumerateFiles(paths.Personas, "*.md")
                .Where(file => Slug.IsValid(Path.GetFileNameWithoutExtension(file)))
                .ToDictionary(file => Path.GetFileNameWithoutExtension(file), StringComparer.Ordinal)
            : new Dictionary<string, string>();

    static string TitleOf(string text, string name) =>
        TitlePattern().Match(text) is { Success: true } match ? match.Groups[1].Value.Trim() : name;

    [GeneratedRegex(@"^#[ \t]+(.+)$", RegexOptions.Multiline)]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"^[ \t]*[-*]?[ \t]*\**(?:preferred[ \t]+)?(?:coach(?:ing)?[ \t]+)?persona(?:[ \t]+preference)?\**[ \t]*:[ \t]*\**[ \t]*`?([A-Za-z0-9_-]+)",
        RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex PreferencePattern();
}
