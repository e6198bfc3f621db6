using System.Text;

namespace MCPacer.Coach.Storage;

/// <summary>
/// Reads a text file the coach rewrites (the memory, a session log) as strict UTF-8: a file saved in another encoding
/// by hand is reported with its line, instead of being read with replacement characters and then written back so.
/// </summary>
static class TextDataFile
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    public static async Task<string> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        try
        {
            var start = bytes.AsSpan().StartsWith(ByteOrderMark) ? ByteOrderMark.Length : 0;
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var at = Math.Clamp(e.Index, 0, bytes.Length);
            var line = bytes.AsSpan(0, at).Count((byte)'\n') + 1;
            throw new DataFileException(path, line, "not UTF-8 text (saved in another encoding?); save it as UTF-8", e);
        }
    }
}
