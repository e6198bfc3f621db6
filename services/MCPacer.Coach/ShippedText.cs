using System.Reflection;

namespace MCPacer.Coach;

/// <summary>Markdown shipped inside the service assembly (personas, guidelines, prompts); see MCPacer.Coach.csproj for the names.</summary>
internal static class ShippedText
{
    static readonly Assembly Assembly = typeof(ShippedText).Assembly;

    public static string Read(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The shipped text '{name}' is missing from {Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Every shipped text whose name starts with <paramref name="prefix"/>, keyed by the rest of its name.</summary>
    public static IReadOnlyDictionary<string, string> ReadAll(string prefix) =>
        Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(name => name[prefix.Length..], Read, StringComparer.Ordinal);
}
