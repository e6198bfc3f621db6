namespace MCPacer.Strava.Auth;

/// <summary>No Strava app credentials or no grant yet: the runner has to connect first.</summary>
internal sealed class StravaNotConnectedException(string message) : Exception(message);

/// <summary>Strava refused our grant (revoked, or the refresh token is dead): the runner has to reconnect.</summary>
internal sealed class StravaReconnectRequiredException(string message) : Exception(message);

/// <summary>The grant lacks a scope an operation needs (the runner unticked it on Strava's page).</summary>
internal sealed class StravaScopeMissingException(string scope, string message) : Exception(message)
{
    public string Scope { get; } = scope;
}

/// <summary>Strava answered with a 5xx or not at all, after our retries.</summary>
internal sealed class StravaUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Strava refused the token grant itself (bad code, bad client secret, dead refresh token).</summary>
internal sealed class StravaGrantRejectedException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}

/// <summary>
/// A runner's request cannot go to Strava before its rate-limit window resets at <see cref="ResetsAt"/>
/// (real time), and holding the request that long would only look like a hang.
/// </summary>
internal sealed class StravaRateLimitedException(DateTimeOffset resetsAt, string message) : Exception(message)
{
    public DateTimeOffset ResetsAt { get; } = resetsAt;
}
