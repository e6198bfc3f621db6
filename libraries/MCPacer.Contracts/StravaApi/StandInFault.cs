namespace MCPacer.Contracts.StravaApi;

/// <summary>
/// <c>POST /_standin/faults</c>: a fault the Strava stand-in plays from now on, for the fault tests and demos. The
/// per-request kinds answer the next <see cref="Count"/> Strava API requests; the token kinds act once, at once.
/// </summary>
public sealed record StandInFault(string Kind, int Count = 1)
{
    /// <summary>500 with Strava's "Something went wrong" body.</summary>
    public const string ServerError = "server-error";

    /// <summary>No answer: the request is held until the caller gives up.</summary>
    public const string Timeout = "timeout";

    /// <summary>429 "Rate Limit Exceeded", as if the window were spent.</summary>
    public const string RateLimit = "rate-limit";

    /// <summary>Every access token expires now; the refresh tokens still work.</summary>
    public const string ExpireTokens = "expire-tokens";

    /// <summary>The athlete revokes MCPacer on strava.com: every access and refresh token stops working.</summary>
    public const string RevokeTokens = "revoke-tokens";

    public static IReadOnlyList<string> PerRequestKinds { get; } = [ServerError, Timeout, RateLimit];

    public static IReadOnlyList<string> Kinds { get; } = [.. PerRequestKinds, ExpireTokens, RevokeTokens];
}
