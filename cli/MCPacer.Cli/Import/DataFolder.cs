using MCPacer.Contracts.Strava;

namespace MCPacer.Cli.Import;

/// <summary>
/// Where the services keep what the import brings, under the data directory: plans/ (the plans service's PlanStore),
/// coach/ (the coach's CoachPaths) and strava/ (the strava service's secret files).
/// </summary>
sealed class DataFolder(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    public string Plans => Path.Combine(Root, "plans");

    public string Coach => Path.Combine(Root, "coach");

    public string Memory => Path.Combine(Coach, "COACH_MEMORY.md");

    public string Sessions => Path.Combine(Coach, "sessions");

    public string SessionArchive => Path.Combine(Sessions, "archive");

    public string Personas => Path.Combine(Coach, "personas");

    public string StravaCredentials => Path.Combine(Root, StravaSecretFiles.Folder, StravaSecretFiles.Credentials);

    public string StravaTokens => Path.Combine(Root, StravaSecretFiles.Folder, StravaSecretFiles.Tokens);
}
