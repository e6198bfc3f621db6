using MCPacer.Contracts.Strava;
using MCPacer.Strava.Sync;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MCPacer.Strava.Api;

/// <summary>The sync's progress, and a sync on demand.</summary>
internal static class StravaSyncApi
{
    public static RouteGroupBuilder MapStravaSyncApi(this IEndpointRouteBuilder app)
    {
        var sync = app.MapGroup("/api/strava/sync").WithTags("Strava sync");
        sync.MapGet("/", Progress).WithSummary("Phase, done/total, the next rate-limit window, the last completed sync");
        sync.MapPost("/", SyncNow).WithSummary("Start a sync now (queued behind one that is running)");
        return sync;
    }

    static Ok<StravaSyncProgress> Progress(SyncProgressReporter progress) => TypedResults.Ok(progress.Current);

    static async Task<Accepted<StravaSyncProgress>> SyncNow(SyncTrigger trigger, SyncProgressReporter progress, CancellationToken cancellationToken)
    {
        await trigger.TriggerNowAsync(cancellationToken);
        return TypedResults.Accepted("/api/strava/sync", progress.Current);
    }
}
