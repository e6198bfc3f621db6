using BenchmarkDotNet.Attributes;
using MCPacer.Contracts.Strava;
using MCPacer.Contracts.StravaApi;
using MCPacer.Events.Caching;
using MCPacer.ServiceDefaults.Telemetry;
using MCPacer.ServiceDefaults.Time;
using MCPacer.Storage;
using MCPacer.Strava.Context;
using MCPacer.Strava.Store;
using MCPacer.Strava.Training;
using MCPacer.Testing;
using Microsoft.Extensions.Options;

namespace MCPacer.Strava.Benchmarks;

/// <summary>
/// GET /api/strava/context/runs without the HTTP around it, over a real SQLite store: the last year read row by row,
/// the years before summed by the store, the load line from the loads cached beside the activities, then the tiered overview rendered. A year of history (about 500 activities)
/// against more than ten years (5,000); goal: under 50 ms for 5,000.
/// </summary>
[MemoryDiagnoser]
public class RunContextBenchmarks
{
    const string Zone = "Europe/Amsterdam";

    TempDirectory _data = null!;
    ActivityStore _store = null!;
    RunContextBuilder _builder = null!;

    [Params(500, 5000)]
    public int Activities { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _data = new TempDirectory();
        var database = new StravaDatabase(new DataRoot(_data.Path));
        var notes = new NoteStore(database);
        var digests = new DigestStore(database);
        var streams = new StreamStore(database);
        _store = new ActivityStore(database, notes);
        var clock = TimeProvider.System;
        var history = SyntheticHistory.Generate(Activities, DateOnly.FromDateTime(DateTime.UtcNow), TimeZoneInfo.FindSystemTimeZoneById(Zone));
        foreach (var page in history.Chunk(200))
        {
            await _store.UpsertSummariesAsync(page, pass: 1, CancellationToken.None);
        }

        // The coach's digests and notes on the last three weeks, as after a few sessions.
        foreach (var run in history.Take(30).Where(a => a.SportType == "Run"))
        {
            await digests.SaveAsync(run.Id, SyntheticHistory.Digest(run), CancellationToken.None);
            if (run.Id % 3 == 0)
            {
                await notes.AddAsync(run.Id, "Left calf a bit tight after the hills; fine by the next morning.", clock.GetUtcNow(), CancellationToken.None);
            }
        }

        var options = Options.Create(new StravaOptions());
        var athleteClock = new AthleteClock(clock, Options.Create(new AthleteTimeOptions { TimeZone = Zone }));
        // As in the service, the load history is kept while nothing changes; the run context itself is built on every call.
        var cache = new ReadCache(new ReadCacheEvents(), new ServiceTelemetry("MCPacer.Strava.Benchmarks"), clock);
        var profiles = new AthleteProfileStore(new DataRoot(_data.Path), _store, streams, athleteClock, clock, cache);
        _builder = new RunContextBuilder(_store, notes, athleteClock, new TrainingLoads(_store, new TrainingLoadStore(database), streams, profiles, athleteClock, cache, options));
        var context = await _builder.BuildAsync(CancellationToken.None);
        if (context.Activities != Activities)
        {
            throw new InvalidOperationException($"the store holds {context.Activities} activities, not {Activities}");
        }
    }

    /// <summary>Every activity read back row by row: what the run context cost before the store summed the older years.</summary>
    [Benchmark]
    public Task<IReadOnlyList<StravaActivity>> ReadActivities() => _store.BetweenAsync(DateOnly.MinValue, DateOnly.MaxValue, CancellationToken.None);

    [Benchmark]
    public Task<RunContext> RunContext() => _builder.BuildAsync(CancellationToken.None);

    [GlobalCleanup]
    public void Cleanup() => _data.Dispose();
}
