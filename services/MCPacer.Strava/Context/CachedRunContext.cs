using MCPacer.Contracts.Strava;
using MCPacer.Events.Caching;
using MCPacer.ServiceDefaults.Time;
using MCPacer.Strava.Store;
using MCPacer.Strava.Training;

namespace MCPacer.Strava.Context;

/// <summary>
/// The run context as last built, kept while nothing it is built from changed: the database (its data version moves
/// with every commit: a sync, a digest, a note, an RPE, an import), the athlete profile file (the load line's
/// physiology, set by the runner or estimated), the athlete's zone and today. Strava owns all of it: no event needed.
/// </summary>
internal sealed class CachedRunContext(
    RunContextBuilder builder, StravaDatabase database, AthleteProfileStore profiles, AthleteClock clock, ReadCache cache)
{
    public const string Answer = "run-context";

    public async Task<RunContext> GetAsync(CancellationToken cancellationToken)
    {
        var version = $"{await database.DataVersionAsync(cancellationToken)}|{profiles.Stamp}|{clock.Zone.Id}|{clock.Today:yyyy-MM-dd}";
        return await cache.GetOrBuildAsync(new ReadCacheKey(Answer, "", version),
            async ct => new BuiltAnswer<RunContext>(await builder.BuildAsync(ct)), cancellationToken);
    }
}
