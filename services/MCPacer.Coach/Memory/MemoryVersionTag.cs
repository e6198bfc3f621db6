using System.Security.Cryptography;
using System.Text;

namespace MCPacer.Coach.Memory;

/// <summary>The version of a memory file is a hash of its bytes, so an edit in a text editor is a new version too.</summary>
internal static class MemoryVersionTag
{
    public static string Of(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 8));

    public static string ToETag(string version) => $"\"{version}\"";

    /// <summary>The version an If-Match header names (quotes and a weak prefix removed); null when absent or "*".</summary>
    public static string? FromIfMatch(string? ifMatch)
    {
        var value = ifMatch?.Trim();
        if (string.IsNullOrEmpty(value) || value == "*")
        {
            return null;
        }

        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return value.Trim('"');
    }
}
