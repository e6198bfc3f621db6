using System.Globalization;
using MCPacer.ServiceDefaults.Problems;
using MCPacer.Strava.Auth;
using Microsoft.AspNetCore.Mvc;

namespace MCPacer.Strava.Api;

/// <summary>
/// Turns the Strava connection's expected failures into ProblemDetails the runner can act on
/// ("Reconnect Strava", "scope missing", "Strava is down") instead of a 500 and a stack trace.
/// </summary>
internal sealed class StravaExceptionHandler(IProblemDetailsService problems, TimeProvider clock) : ProblemExceptionHandler(problems)
{
    public const string ReconnectType = "https://mcpacer.local/problems/strava-reconnect";
    public const string RateLimitedType = "https://mcpacer.local/problems/strava-rate-limit";

    protected override ProblemDetails? Describe(Exception exception, HttpResponse response) => exception switch
    {
        StravaNotConnectedException e => Problem(StatusCodes.Status409Conflict, "Strava is not connected", e.Message, "https://mcpacer.local/problems/strava-not-connected"),
        StravaReconnectRequiredException e => Problem(StatusCodes.Status409Conflict, "Reconnect Strava", e.Message, ReconnectType),
        StravaScopeMissingException e => Problem(StatusCodes.Status403Forbidden, $"Strava scope '{e.Scope}' missing", e.Message, "https://mcpacer.local/problems/strava-scope"),
        StravaGrantRejectedException e => Problem(StatusCodes.Status400BadRequest, "Strava refused the authorization", e.Message, "https://mcpacer.local/problems/strava-grant"),
        StravaUnavailableException e => Problem(StatusCodes.Status502BadGateway, "Strava is unavailable", e.Message, "https://mcpacer.local/problems/strava-unavailable"),
        StravaRateLimitedException e => RateLimited(e, response),
        _ => null,
    };

    /// <summary>503 with Retry-After and the reset time, so clients tell the runner when instead of retrying blindly.</summary>
    ProblemDetails RateLimited(StravaRateLimitedException e, HttpResponse response)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling((e.ResetsAt - clock.GetUtcNow()).TotalSeconds));
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problem = Problem(StatusCodes.Status503ServiceUnavailable, "Strava's rate limit is spent", e.Message, RateLimitedType);
        problem.Extensions["retryAt"] = e.ResetsAt;
        return problem;
    }

    static ProblemDetails Problem(int status, string title, string detail, string type) =>
        new() { Status = status, Title = title, Detail = detail, Type = type };
}
