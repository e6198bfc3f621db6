namespace MCPacer.Cli.Tests;

/// <summary>Every file and folder under a root with its bytes, mode and write time: equal snapshots mean nothing was written.</summary>
static class FolderSnapshot
{
    public static SortedDictionary<string, string> Of(string root) =>
        new(Directory.Exists(root)
            ? Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories).ToDictionary(
                entry => Path.GetRelativePath(root, entry),
                entry => File.Exists(entry)
                    ? $"{Convert.ToHexString(File.ReadAllBytes(entry))} {File.GetUnixFileMode(entry)} {File.GetLastWriteTimeUtc(entry).Ticks}"
                    : $"folder {File.GetUnixFileMode(entry)} {Directory.GetLastWriteTimeUtc(entry).Ticks}")
            : [], StringComparer.Ordinal);
}
