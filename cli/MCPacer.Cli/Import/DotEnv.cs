namespace MCPacer.Cli.Import;

/// <summary>
/// The KEY=value lines of a .env file as python-dotenv reads them: blank lines and # comments skipped, an optional
/// "export ", values unquoted, a " #" comment after an unquoted value dropped. The last line of a key wins.
/// </summary>
static class DotEnv
{
    public static IReadOnlyDictionary<string, string> Read(string path)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("export ", StringComparison.Ordinal))
            {
                line = line["export ".Length..].TrimStart();
            }

            var equals = line.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            values[line[..equals].Trim()] = Value(line[(equals + 1)..].Trim());
        }

        return values;
    }

    static string Value(string value)
    {
        if (value.Length >= 2 && value[0] is '"' or '\'' && value.IndexOf(value[0], 1) is var close and > 0)
        {
            return value[1..close];
        }

        var comment = value.IndexOf(" #", StringComparison.Ordinal);
        return (comment < 0 ? value : value[..comment]).Trim();
    }
}
