using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using MCPacer.Coach.Storage;
using MCPacer.Contracts.Coach;
using MCPacer.Storage;
using Microsoft.Extensions.Options;

namespace MCPacer.Coach.Memory;

/// <summary>
/// Earlier versions of COACH_MEMORY.md, one file each in memory-history/ named "{ticks}-{version}.md" (the moment it
/// was replaced), the newest <see cref="CoachOptions.MemoryHistoryLimit"/> kept. Callers hold the memory's write lock.
/// </summary>
internal sealed partial class MemoryHistory(CoachPaths paths, IOptions<CoachOptions> options)
{
    public static bool IsValidId([NotNullWhen(true)] string? id) => id is not null && IdPattern().IsMatch(id);

    public async Task KeepAsync(string text, DateTimeOffset replacedAt, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(paths.MemoryHistory);
        var ticks = replacedAt.UtcTicks;
        var version = MemoryVersionTag.Of(text);
        while (File.Exists(FileOf(IdOf(ticks, version))))
        {
            ticks++;
        }

        await AtomicFile.WriteAllTextAsync(FileOf(IdOf(ticks, version)), text, cancellationToken);
        foreach (var stale in Ids().Skip(options.Value.MemoryHistoryLimit))
        {
            File.Delete(FileOf(stale));
        }
    }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<MemoryVersion> List() =>
        Ids().Select(id => new MemoryVersion(id, VersionOf(id), ReplacedAtOf(id), (int)new FileInfo(FileOf(id)).Length)).ToList();

    public async Task<MemoryVersionContent?> ReadAsync(string id, CancellationToken cancellationToken)
    {
        var file = FileOf(id);
        return File.Exists(file)
            ? new MemoryVersionContent(id, VersionOf(id), ReplacedAtOf(id), await File.ReadAllTextAsync(file, cancellationToken))
            : null;
    }

    IEnumerable<string> Ids() =>
        Directory.Exists(paths.MemoryHistory)
            ? Directory.EnumerateFiles(paths.MemoryHistory, "*.md")
                .Select(file => Path.GetFileNameWithoutExtension(file))
                .Where(id => IsValidId(id))
                .OrderDescending(StringComparer.Ordinal)
            : [];

    string FileOf(string id) => Path.Combine(paths.MemoryHistory, id + ".md");

    static string IdOf(long ticks, string version) => $"{ticks.ToString("D19", CultureInfo.InvariantCulture)}-{version}";

    static string VersionOf(string id) => id[20..];

    static DateTimeOffset ReplacedAtOf(string id) => new(long.Parse(id[..19], CultureInfo.InvariantCulture), TimeSpan.Zero);

    [GeneratedRegex("^[0-9]{19}-[0-9a-f]{16}$")]
    private static partial Regex IdPattern();
}
