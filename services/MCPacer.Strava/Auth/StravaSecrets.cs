namespace MCPacer.Strava.Auth;

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
