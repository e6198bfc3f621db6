using System.Collections.Concurrent;
using System.Globalization;
using MCPacer.Contracts.Strava;
using MCPacer.Contracts.Training;
using MCPacer.Events.Caching;
using MCPacer.Science;
using MCPacer.Science.Efforts;
using MCPacer.Science.Fitness;
using MCPacer.Science.Predictions;
using MCPacer.ServiceDefaults.Time;
using MCPacer.Strava.Context;
using MCPacer.Strava.Store;

namespace MCPacer.Strava.Training;

/// <summary>
/// Best efforts from the stored streams, and the race predictions and training paces they lead to. Both read every
/// stream of the weeks they cover, so an answer is kept while the database and the athlete's today are the same: every
/// open plan page asks again at each plan edit and sync, and they share one search.
/// </summary>
internal sealed class RacePerformance(ActivityStore store, StreamStore streamStore, StravaDatabase database, AthleteClock athleteClock, ReadCache cache)
{
    const string BestEffortsAnswer = "best-efforts";
    const string PredictionsAnswer = "race-predictions";

    /// <summary>How far back efforts and races count for the current VDOT.</summary>
    public const int PredictionWeeks = 12;

    /// <summary>Shorter efforts say little about endurance (Daniels' tables start at 1500 m).</summary>
    const double ShortestPredictorMeters = 1500;

    /// <summary>
    /// Each run's efforts, searched once: reading its streams is most of a search, and they change only with the run (a
    /// cropped activity's come with its new distance and time). Null: the run has no distance stream.
    /// </summary>
    readonly ConcurrentDictionary<(long Id, double DistanceKm, int ElapsedSeconds), IReadOnlyList<BestEffort>?> _effortsOfRun = new();

    public async Task<BestEffortList> BestEffortsAsync(int weeks, CancellationToken cancellationToken) =>
        await cache.GetOrBuildAsync(await KeyAsync(BestEffortsAnswer, weeks.ToString(CultureInfo.InvariantCulture), cancellationToken),
            async ct => new BuiltAnswer<BestEffortList>(await SearchBestEffortsAsync(weeks, ct)), cancellationToken);

    /// <summary>
    /// The athlete's VDOT from the best effort (1500 m or longer) or race of the last <see cref="PredictionWeeks"/> weeks,
    /// the predictions and paces at it, and the marathon-readiness discount over the same weeks.
    /// </summary>
    public async Task<RacePredictions> PredictAsync(CancellationToken cancellationToken) =>
        await cache.GetOrBuildAsync(await KeyAsync(PredictionsAnswer, "", cancellationToken),
            async ct => new BuiltAnswer<RacePredictions>(await PredictFromStoreAsync(ct)), cancellationToken);

    async Task<ReadCacheKey> KeyAsync(string answer, string subject, CancellationToken cancellationToken)
    {
        var (_, today) = await athleteClock.NowAsync(store, cancellationToken);
        return new ReadCacheKey(answer, subject, $"{await database.DataVersionAsync(cancellationToken)}|{today:yyyy-MM-dd}");
    }

    async Task<BestEffortList> SearchBestEffortsAsync(int weeks, CancellationToken cancellationToken)
    {
        var (_, today) = await athleteClock.NowAsync(store, cancellationToken);
        var from = today.AddDays(1 - 7 * weeks);
        var efforts = new List<BestEffortRecord>();
        var searched = 0;
        foreach (var run in await store.BetweenAsync(from, today, cancellationToken))
        {
            if (run.Family != SportFamilies.Running || !run.HasStreams || await EffortsOfAsync(run, cancellationToken) is not { } found)
            {
                continue;
            }

            searched++;
            efforts.AddRange(found.Select(e => Record(e.Distance.Name, e.Distance.Meters, e.Seconds, run)));
        }

        var best = efforts.GroupBy(e => e.Distance).Select(g => g.MinBy(e => e.Seconds)!).OrderBy(e => e.Km).ToList();
        var history = new List<BestEffortRecord>();
        foreach (var effort in efforts.OrderBy(e => e.Date))
        {
            if (history.LastOrDefault(h => h.Distance == effort.Distance) is not { } record || effort.Seconds < record.Seconds)
            {
                history.Add(effort);
            }
        }

        return new BestEffortList(from, best, history, searched);
    }

    async Task<IReadOnlyList<BestEffort>?> EffortsOfAsync(StravaActivity run, CancellationToken cancellationToken)
    {
        var key = (run.Id, run.DistanceKm, run.ElapsedTimeSeconds);
        if (_effortsOfRun.TryGetValue(key, out var known))
        {
            return known;
        }

        if (await streamStore.ReadAsync(run.Id, cancellationToken) is not { } stored)
        {
            return null;
        }

        var efforts = TrainingStreams.From(stored.Streams) is { Distance: { } distance } streams ? BestEfforts.All(streams.Time, distance) : null;
        return _effortsOfRun[key] = efforts;
    }

    async Task<RacePredictions> PredictFromStoreAsync(CancellationToken cancellationToken)
    {
        var (_, today) = await athleteClock.NowAsync(store, cancellationToken);
        var from = today.AddDays(1 - 7 * PredictionWeeks);
        var candidates = (await BestEffortsAsync(PredictionWeeks, cancellationToken)).Best
            .Where(e => e.Km * 1000 >= ShortestPredictorMeters)
            .Select(e => (Meters: e.Km * 1000, Seconds: (double)e.Seconds,
                Basis: $"best effort: {e.Distance} in {e.Time} within \"{e.ActivityName}\" on {e.Date:yyyy-MM-dd}"))
            .ToList();
        var runs = (await store.BetweenAsync(from, today, cancellationToken)).Where(a => a.Family == SportFamilies.Running).ToList();
        candidates.AddRange(runs.Where(r => r.WorkoutType == 1 && r.DistanceKm * 1000 >= ShortestPredictorMeters && r.ElapsedTimeSeconds > 0)
            .Select(r => (r.DistanceKm * 1000, (double)r.ElapsedTimeSeconds,
                $"race: \"{r.Name}\" on {r.LocalDate:yyyy-MM-dd}, {r.DistanceKm:0.##} km in {RunFigures.Duration(r.ElapsedTimeSeconds)}")));
        if (candidates.Count == 0)
        {
            return new RacePredictions(null, $"no race and no run with stored streams of {ShortestPredictorMeters:0} m or more in the last {PredictionWeeks} weeks", [], null, null);
        }

        var best = candidates.MaxBy(c => Vdot.FromRace(c.Meters, c.Seconds));
        var readiness = MarathonReadiness.Assess(runs.Select(r => new RunDistance(r.LocalDate, r.DistanceKm)), today);
        return Calculate(best.Meters, best.Seconds, $"{best.Basis} (the highest VDOT of the last {PredictionWeeks} weeks)", readiness);
    }

    /// <summary>Calculator mode, or the athlete's best performance with the marathon-readiness discount.</summary>
    public static RacePredictions Calculate(double meters, double seconds, string basis, MarathonReadiness? readiness = null)
    {
        var calculation = RaceCalculation.From(meters, seconds);
        var races = calculation.Predictions.Select(p =>
        {
            int? ready = readiness is not null && p.Distance == RaceDistances.Marathon ? (int)Math.Round(readiness.Apply(p.VdotSeconds)) : null;
            return new PredictedRace(p.Distance.Name, p.Distance.Meters / 1000, (int)Math.Round(p.VdotSeconds), RunFigures.Duration((int)Math.Round(p.VdotSeconds)),
                (int)Math.Round(p.RiegelSeconds), RunFigures.Duration((int)Math.Round(p.RiegelSeconds)), ready, ready is { } r ? RunFigures.Duration(r) : null);
        }).ToList();
        return new RacePredictions(Math.Round(calculation.Vdot, 1), basis, races,
            readiness is null ? null : new MarathonReadinessResult(Math.Round(readiness.Percent, 1), readiness.Reasons), Paces(calculation.Vdot));
    }

    /// <summary>Daniels' training paces at a VDOT.</summary>
    public static TrainingPaceSet Paces(double vdot)
    {
        var paces = TrainingPaces.FromVdot(vdot);
        return new TrainingPaceSet(Math.Round(vdot, 1), $"{PaceText.Short(paces.EasySlowest)}-{PaceText.PerKm(paces.EasyFastest)}",
            PaceText.PerKm(paces.Marathon), PaceText.PerKm(paces.Threshold), PaceText.PerKm(paces.Interval), PaceText.PerKm(paces.Repetition));
    }

    static BestEffortRecord Record(string name, double meters, double seconds, StravaActivity run)
    {
        var whole = (int)Math.Round(seconds);
        return new BestEffortRecord(name, meters / 1000, whole, RunFigures.Duration(whole), RunFigures.Pace(meters, whole) ?? "-", run.Id, run.Name, run.LocalDate);
    }
}
