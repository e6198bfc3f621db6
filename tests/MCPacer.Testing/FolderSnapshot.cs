using System.Security.Cryptography;

namespace MCPacer.Testing;

/// <summary>
/// Every file and folder under a root with a hash of its bytes, its mode and write time: equal snapshots mean nothing
/// was written. <c>except</c> leaves out paths (relative to the root) that change without anyone writing data.
/// </summary>
public static class FolderSnapshot
{
    public static SortedDictionary<string, string> Of(string root, Func<string, bool>? except = null) =>
        new(Directory.Exists(root)
            ? Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
                .Where(entry => except is null || !except(Path.GetRelativePath(root, entry)))
                .ToDictionary(
                    entry => Path.GetRelativePath(root, entry),
                    entry => File.Exists(entry)
                        ? $"{Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry)))} {File.GetUnixFileMode(entry)} {File.GetLastWriteTimeUtc(entry).Ticks}"
                        : $"folder {File.GetUnixFileMode(entry)} {Directory.GetLastWriteTimeUtc(entry).Ticks}")
            : [], StringComparer.Ordinal);

    /// <summary>The paths added, removed or changed from one snapshot to the other, for an assertion that names them.</summary>
    public static IReadOnlyList<string> Changes(SortedDictionary<string, string> before, SortedDictionary<string, string> after) =>
    [
        .. before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
            .Where(path => before.GetValueOrDefault(path) != after.GetValueOrDefault(path))
            .Select(path => !before.ContainsKey(path) ? $"{path} added" : !after.ContainsKey(path) ? $"{path} removed" : $"{path} changed"),
    ];
}
