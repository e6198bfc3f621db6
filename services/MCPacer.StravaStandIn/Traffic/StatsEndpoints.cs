using MCPacer.Contracts.StravaApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MCPacer.StravaStandIn.Traffic;

/// <summary><c>GET /_standin/stats</c>: not Strava's, the stand-in's own report of what it served.</summary>
internal static class StatsEndpoints
{
    public static RouteHandlerBuilder MapStandInStats(this IEndpointRouteBuilder app) =>
        app.MapGet("/_standin/stats", GetStats)
            .WithTags("Stand-in")
            .WithSummary("Requests served per endpoint, 429s returned, 5xx injected, and the current rate-limit usage");

    static Ok<StandInStats> GetStats(TrafficStats stats, RateLimiter rateLimiter) =>
        TypedResults.Ok(new StandInStats(stats.Requests, stats.RateLimited, stats.ServerErrors, stats.ByEndpoint, rateLimiter.Usage()));
}
