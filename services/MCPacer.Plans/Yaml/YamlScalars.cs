using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MCPacer.Plans.Yaml;

/// <summary>Writes values as YAML scalars: plain where that reads back as the same string, double-quoted otherwise.</summary>
static partial class YamlScalars
{
    static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~",
    };

    public static string String(string value)
    {
        var plain = SafePlain().IsMatch(value)
            && !value.EndsWith(' ')
            && !Reserved.Contains(value)
            && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            && !DateOnly.TryParseExact(value, "yyyy-MM-dd", out _);
        return plain ? value : Quoted(value);
    }

    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static string Quoted(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' => $"\\x{(int)c:x2}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    // Letters first, then only characters that cannot start a YAML indicator; no ": " or " #" inside.
    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N} _.,()/+&'%×@-]*$")]
    private static partial Regex SafePlain();
}
