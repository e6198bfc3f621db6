using System.Collections;

namespace MCPacer.Terminal.Sessions;

/// <summary>The environment a terminal's program starts with: the service's own, minus its secrets, plus terminal settings.</summary>
internal static class ChildEnvironment
{
    // The service's environment carries the access token, the Redis password, service addresses and telemetry
    // settings; none of that belongs in the runner's shell (the coach gets the token through .mcp.json only).
    static readonly string[] ServicePrefixes =
        ["MCPACER", "ConnectionStrings__", "services__", "OTEL_", "ASPNETCORE_", "Terminal__", "Logging__"];

    public static Dictionary<string, string> Build()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            var name = (string)variable.Key;
            if (!ServicePrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            {
                environment[name] = (string?)variable.Value ?? "";
            }
        }

        environment["TERM"] = "xterm-256color";
        environment["COLORTERM"] = "truecolor";
        if (!environment.TryGetValue("LANG", out var lang) || lang.Length == 0)
        {
            environment["LANG"] = "C.UTF-8";
        }

        return environment;
    }
}
