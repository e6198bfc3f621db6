namespace MCPacer.Contracts.StravaApi;

/// <summary>Strava's OAuth scopes, as they appear in the comma-separated <c>scope</c> parameter.</summary>
public static class StravaScopes
{
    public const string Read = "read";
    public const string ReadAll = "read_all";
    public const string ProfileReadAll = "profile:read_all";
    public const string ProfileWrite = "profile:write";
    public const string ActivityRead = "activity:read";
    public const string ActivityReadAll = "activity:read_all";
    public const string ActivityWrite = "activity:write";

    /// <summary>What MCPacer asks for: read the athlete, read every activity (private ones too), write descriptions.</summary>
    public const string Requested = "read,activity:read_all,activity:write";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Read, ReadAll, ProfileReadAll, ProfileWrite, ActivityRead, ActivityReadAll, ActivityWrite,
    };

    /// <summary>Splits a scope parameter ("read,activity:read_all") into its scopes.</summary>
    public static IReadOnlySet<string> Parse(string? scope) =>
        new HashSet<string>(
            (scope ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            StringComparer.Ordinal);
}
