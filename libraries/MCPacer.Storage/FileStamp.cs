using System.Globalization;
using System.Text;

namespace MCPacer.Storage;

/// <summary>
/// What a file or a folder's files look like on disk without reading them: each one's name, last-write time and length.
/// Two stamps differ when a file was written (by us, renamed in whole, or by hand), added or removed, so an answer built
/// from the files can be kept while the stamp stays the same. Costs a stat per file.
/// </summary>
public static class FileStamp
{
    /// <summary>The stamp of <paramref name="path"/>: "-" when it does not exist.</summary>
    public static string Of(string path) => Of(new FileInfo(path));

    /// <summary>The stamps of the files in <paramref name="directory"/> (not below it) matching <paramref name="pattern"/>, by name.</summary>
    public static string OfFolder(string directory, string pattern)
    {
        if (!Directory.Exists(directory))
        {
            return "-";
        }

        var stamp = new StringBuilder();
        foreach (var file in new DirectoryInfo(directory).EnumerateFiles(pattern).OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            stamp.Append(file.Name).Append(':').Append(Of(file)).Append(';');
        }

        return stamp.ToString();
    }

    static string Of(FileInfo file) => file.Exists
        ? string.Create(CultureInfo.InvariantCulture, $"{file.LastWriteTimeUtc.Ticks}/{file.Length}")
        : "-";
}
