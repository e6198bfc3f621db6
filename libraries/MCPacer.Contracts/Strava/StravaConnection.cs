namespace MCPacer.Contracts.Strava;

/// <summary>POST /api/strava/auth/credentials: the runner's Strava API application (stored, never returned).</summary>
public sealed record StravaCredentialsRequest(string ClientId, string ClientSecret);

/// <summary>
/// GET /api/strava/auth/status: whether Strava is connected and what the runner has to do next
/// (<see cref="Message"/> is written for them: "Reconnect Strava: ...").
/// </summary>
public sealed record StravaConnectionStatus(
    bool HasCredentials,
    bool Connected,
    bool NeedsReconnect,
    string? AthleteName,
    long? AthleteId,
    IReadOnlyList<string> Scopes,
    IReadOnlyList<string> MissingScopes,
    bool Demo,
    string Message);
