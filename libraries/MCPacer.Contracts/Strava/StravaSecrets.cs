using System.Text.Json;

namespace MCPacer.Contracts.Strava;

/// <summary>The runner's Strava API application, as entered once in the dashboard.</summary>
public sealed record StravaAppCredentials(string ClientId, string ClientSecret);

/// <summary>The OAuth grant: what the strava service keeps in tokens.json.</summary>
public sealed record StravaTokens(
    string AccessToken,
    string RefreshToken,
    DateTimeOffset ExpiresAt,
    IReadOnlyList<string> Scopes,
    long AthleteId,
    string AthleteName,
    bool NeedsReconnect = false);

/// <summary>
/// Where and how the strava service keeps those two under the data root: JSON files readable by their owner only.
/// The strava service writes them; `mcpacer import-original --with-strava` too.
/// </summary>
public static class StravaSecretFiles
{
    public const string Folder = "strava";
    public const string Credentials = "credentials.json";
    public const string Tokens = "tokens.json";
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);
}
