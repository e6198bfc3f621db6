using System.Text;
using System.Text.RegularExpressions;

namespace MCPacer.Storage;

/// <summary>Writes a whole file or nothing: a temp file beside the target, flushed, then renamed over it.</summary>
public static partial class AtomicFile
{
    static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static Task WriteAllTextAsync(string path, string contents, CancellationToken cancellationToken = default) =>
        WriteAllBytesAsync(path, Utf8NoBom.GetBytes(contents), cancellationToken);

    public static async Task WriteAllBytesAsync(string path, ReadOnlyMemory<byte> contents, CancellationToken cancellationToken = default,
        UnixFileMode? mode = null)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}{TempSuffix}");
        try
        {
            // FileShare.None holds an exclusive lock on the temp file while it is written: RemoveLeftovers spares it.
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (mode is { } unixMode)
            {
                options.UnixCreateMode = unixMode;
            }

            await using (var stream = new FileStream(temp, options))
            {
                await stream.WriteAsync(contents, cancellationToken);
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>
    /// Deletes the temp files of writes cut short by a kill (the process died before its rename or clean-up) under
    /// <paramref name="directory"/>. Their target was never replaced, so nothing is lost. A temp file another process is
    /// still writing (the mcpacer CLI importing, say) is locked by its writer and kept.
    /// </summary>
    public static void RemoveLeftovers(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory, "*" + TempSuffix, SearchOption.AllDirectories))
        {
            if (TempName().IsMatch(Path.GetFileName(file)) && !BeingWritten(file))
            {
                File.Delete(file);
            }
        }
    }

    static bool BeingWritten(string file)
    {
        try
        {
            using var _ = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.None);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    const string TempSuffix = ".tmp";

    [GeneratedRegex(@"^\..+\.[0-9a-f]{32}\.tmp$")]
    private static partial Regex TempName();
}
