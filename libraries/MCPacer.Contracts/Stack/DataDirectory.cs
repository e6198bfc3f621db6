namespace MCPacer.Contracts.Stack;

/// <summary>
/// Where MCPacer keeps the runner's files, found the same way by the AppHost, the services and the mcpacer CLI:
/// --data-dir, else MCPACER_DATA_DIR, else $XDG_DATA_HOME/mcpacer, else ~/.local/share/mcpacer. A running stack
/// leaves in it what its clients need: the access token and the resources' states.
/// </summary>
public static class DataDirectory
{
    public const string Variable = "MCPACER_DATA_DIR";
    public const string AccessTokenFile = "access-token";
    public const string ResourcesFile = "apphost/resources.json";

    public static string Resolve(string? given, Func<string, string?> environment)
    {
        var path = given is { Length: > 0 } ? given
            : environment(Variable) is { Length: > 0 } fromVariable ? fromVariable
            : Default(environment);
        return Path.GetFullPath(path.StartsWith("~/", StringComparison.Ordinal) ? Path.Combine(Home(environment), path[2..]) : path);
    }

    /// <summary>The per-user folder of the XDG base directory rule.</summary>
    public static string Default(Func<string, string?> environment) =>
        Path.Combine(environment("XDG_DATA_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(Home(environment), ".local", "share"), "mcpacer");

    static string Home(Func<string, string?> environment) =>
        environment("HOME") is { Length: > 0 } home ? home : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
}
