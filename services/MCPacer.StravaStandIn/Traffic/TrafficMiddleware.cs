using MCPacer.Contracts.StravaApi;
using MCPacer.StravaStandIn.Api;
using MCPacer.StravaStandIn.OAuth;

namespace MCPacer.StravaStandIn.Traffic;

/// <summary>
/// In front of Strava's surface (/api/v3 and /oauth): counts each request per endpoint, adds the
/// configured latency, enforces the rate limits on the API with Strava's headers on every API response
/// (429 past them), plays the scripted fault and injects the configured share of 5xx.
/// </summary>
internal sealed partial class TrafficMiddleware(
    RequestDelegate next, TrafficStats stats, RateLimiter rateLimiter, FaultInjector faults, TimeProvider time,
    ILogger<TrafficMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        var isApi = path.StartsWithSegments("/api/v3");
        if (!isApi && !path.StartsWithSegments("/oauth"))
        {
            await next(context);
            return;
        }

        var endpoint = EndpointName(context);
        stats.CountRequest(endpoint);
        if (faults.Latency > TimeSpan.Zero)
        {
            await Task.Delay(faults.Latency, time, context.RequestAborted);
        }

        if (isApi)
        {
            var decision = rateLimiter.TryAcquire(HttpMethods.IsGet(context.Request.Method));
            var headers = context.Response.Headers;
            headers[StravaRateLimitHeaders.Limit] = decision.Limit;
            headers[StravaRateLimitHeaders.Usage] = decision.Usage;
            headers[StravaRateLimitHeaders.ReadLimit] = decision.ReadLimit;
            headers[StravaRateLimitHeaders.ReadUsage] = decision.ReadUsage;
            if (!decision.Allowed)
            {
                stats.CountRateLimited();
                LogRateLimited(logger, endpoint, decision.Usage, decision.ReadUsage);
                await StravaFaults.RateLimitExceeded().ExecuteAsync(context);
                return;
            }
        }

        switch (isApi ? faults.NextScripted() : null)
        {
            case StandInFault.ServerError:
                stats.CountServerError();
                LogInjectedFault(logger, StatusCodes.Status500InternalServerError, endpoint);
                await StravaFaults.ServerError(StatusCodes.Status500InternalServerError).ExecuteAsync(context);
                return;
            case StandInFault.RateLimit:
                stats.CountRateLimited();
                LogInjectedFault(logger, StatusCodes.Status429TooManyRequests, endpoint);
                await StravaFaults.RateLimitExceeded().ExecuteAsync(context);
                return;
            case StandInFault.Timeout:
                LogHeld(logger, endpoint);
                await HoldUntilAbortedAsync(context.RequestAborted);
                return;
        }

        if (faults.NextServerError() is { } status)
        {
            stats.CountServerError();
            LogInjectedFault(logger, status, endpoint);
            await StravaFaults.ServerError(status).ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    async Task HoldUntilAbortedAsync(CancellationToken aborted)
    {
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, time, aborted);
        }
        catch (OperationCanceledException)
        {
        }
    }

    static string EndpointName(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint route
            ? $"{context.Request.Method} {route.RoutePattern.RawText}"
            : $"{context.Request.Method} (no route)";

    [LoggerMessage(Level = LogLevel.Information, Message = "429 for {Endpoint}: usage {Usage}, read usage {ReadUsage}")]
    static partial void LogRateLimited(ILogger logger, string endpoint, string usage, string readUsage);

    [LoggerMessage(Level = LogLevel.Information, Message = "Holding {Endpoint} unanswered until the caller gives up")]
    static partial void LogHeld(ILogger logger, string endpoint);

    [LoggerMessage(Level = LogLevel.Information, Message = "Injected {Status} for {Endpoint}")]
    static partial void LogInjectedFault(ILogger logger, int status, string endpoint);
}

internal static class TrafficMiddlewareExtensions
{
    /// <summary>The traffic rules, then the bearer-token check of the API endpoints.</summary>
    public static IApplicationBuilder UseStravaTraffic(this IApplicationBuilder app) =>
        app.UseMiddleware<TrafficMiddleware>().UseMiddleware<StravaTokenMiddleware>();
}
