using System.Globalization;
using System.Text.Json;
using MCPacer.Contracts.Strava;
using MCPacer.Contracts.Training;
using MCPacer.Events.Caching;
using MCPacer.Science.Fitness;
using MCPacer.ServiceDefaults.Time;
using MCPacer.Strava.Context;
using MCPacer.Strava.Store;
using Microsoft.Extensions.Options;

namespace MCPacer.Strava.Training;

/// <summary>
/// Every stored activity's load (cached in the store beside the activity, keyed by what it was computed from) and the
/// daily fitness series from the first activity to today, with the weekly ramp flags. The history is kept while what
/// it is computed from is the same: the run context, the load page and a projection all start from it.
/// </summary>
internal sealed class TrainingLoads(
    ActivityStore store, TrainingLoadStore loadInputs, StreamStore streamStore, AthleteProfileStore profiles, AthleteClock athleteClock,
    ReadCache cache, IOptions<StravaOptions> options)
{
    const string HistoryAnswer = "load-history";

    public const int DefaultWindowDays = 84;

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>One activity's load; null when the activity is unknown.</summary>
    public async Task<ActivityTrainingLoad?> ForActivityAsync(long id, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } activity)
        {
            return null;
        }

        var (_, physiology) = await profiles.GetAsync(cancellationToken);
        var row = (await loadInputs.LoadRowsAsync(activity.LocalDate, activity.LocalDate, cancellationToken)).Single(r => r.Id == id);
        var fresh = new List<(long, string)>();
        var load = await LoadOfAsync(row, physiology, fresh, cancellationToken);
        await loadInputs.SaveCachedLoadsAsync(fresh, cancellationToken);
        return new(row.Id, row.LocalDate, row.SportType, row.Name, load.Load, load.Method, load.Basis, load.Trimp, load.Factor, row.SessionRpe);
    }

    /// <summary>The daily series over [from, to] (default: the last 12 weeks to today), the weeks it touches and the summary line.</summary>
    public async Task<TrainingLoadSeries> SeriesAsync(DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var history = await HistoryAsync(cancellationToken);
        var last = to is { } end && end < history.Today ? end : history.Today;
        var first = from ?? last.AddDays(1 - DefaultWindowDays);
        var days = new List<TrainingLoadDay>();
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            var day = history.Series?.On(date);
            days.Add(day is { } d
                ? new TrainingLoadDay(date, Round(d.Load), Round(d.Fitness), Round(d.Fatigue), Round(d.Form), Round(d.RampRate),
                    d.WorkloadRatio is { } ratio ? Math.Round(ratio, 2) : null, d.Risk.ToString().ToLowerInvariant())
                : new TrainingLoadDay(date, 0, 0, 0, 0, 0, null, "none"));
        }

        var weeks = history.Weeks.Where(w => w.Week.Monday.AddDays(6) >= first && w.Week.Monday <= last)
            .Select(w => new TrainingLoadWeek(w.Week.Monday, Round(w.Week.Load), Math.Round(w.Week.Kilometers, 1), Math.Round(w.Week.LongestRunKm, 1),
                w.Week.Monotony is { } m ? Math.Round(m, 2) : null, w.Week.Strain is { } s ? Round(s) : null,
                [.. w.Flags.Select(f => f.Sentence)]))
            .ToList();
        var methods = history.Loads.Where(l => l.Activity.LocalDate >= first && l.Activity.LocalDate <= last)
            .GroupBy(l => l.Load.Method).ToDictionary(g => g.Key, g => g.Count());
        return new TrainingLoadSeries(first, last, days, weeks, SummaryLine(history), methods, Conventions());
    }

    /// <summary>The run context's line: today's CTL with its weekly ramp, ATL, TSB, ACWR and the ramp flags of this week and the last.</summary>
    public async Task<string> SummaryLineAsync(CancellationToken cancellationToken) => SummaryLine(await HistoryAsync(cancellationToken));

    /// <summary>What a projection starts from: today, the daily series to today (null before any activity) and the runs' distances.</summary>
    public async Task<(DateOnly Today, FitnessSeries? Series, IReadOnlyList<RunDistance> Runs)> BaselineAsync(CancellationToken cancellationToken)
    {
        var history = await HistoryAsync(cancellationToken);
        return (history.Today, history.Series, [.. RunsOf(history.Loads)]);
    }

    async Task<LoadHistory> HistoryAsync(CancellationToken cancellationToken)
    {
        var (_, today) = await athleteClock.NowAsync(store, cancellationToken);
        var (_, physiology) = await profiles.GetAsync(cancellationToken);
        var version = $"{today:yyyy-MM-dd}|{physiology.Key}|{await loadInputs.LoadVersionAsync(today, cancellationToken)}";
        return await cache.GetOrBuildAsync(new ReadCacheKey(HistoryAnswer, "", version),
            async ct => new BuiltAnswer<LoadHistory>(await ComputeHistoryAsync(today, physiology, ct)), cancellationToken);
    }

    async Task<LoadHistory> ComputeHistoryAsync(DateOnly today, Physiology physiology, CancellationToken cancellationToken)
    {
        var rows = await loadInputs.LoadRowsAsync(DateOnly.MinValue, today, cancellationToken);
        var fresh = new List<(long, string)>();
        var loads = new List<(LoadRow Activity, MeasuredLoad Load)>(rows.Count);
        foreach (var row in rows)
        {
            loads.Add((row, await LoadOfAsync(row, physiology, fresh, cancellationToken)));
        }

        await loadInputs.SaveCachedLoadsAsync(fresh, cancellationToken);
        if (loads.Count == 0)
        {
            return new LoadHistory(today, loads, null, []);
        }

        var first = loads.Min(l => l.Activity.LocalDate);
        var daily = DailyLoads.Sum(first, today, loads.Select(l => new DatedLoad(l.Activity.LocalDate, l.Load.Load)));
        var series = FitnessSeries.Compute(first, daily, new FitnessSettings(options.Value.FitnessDays, options.Value.FatigueDays));
        var weeks = TrainingWeeks.Summarize(series.Days, RunsOf(loads));
        return new LoadHistory(today, loads, series, [.. weeks.Select((w, i) => (w, RampFlag.Of(weeks, i)))]);
    }

    async Task<MeasuredLoad> LoadOfAsync(LoadRow activity, Physiology physiology, List<(long, string)> fresh, CancellationToken cancellationToken)
    {
        var key = string.Create(CultureInfo.InvariantCulture,
            $"{physiology.Key}|{options.Value.CrossTrainingLoadFactor}/{options.Value.StrengthLoadFactor}|{activity.SportType}|{activity.DistanceKm}|{activity.MovingTimeSeconds}|{activity.WorkoutType}|{activity.HasStreams}|{activity.SessionRpe}");
        if (activity.CachedLoad is { } json && JsonSerializer.Deserialize<CachedLoad>(json, Json) is { } hit && hit.Key == key)
        {
            return hit.Load;
        }

        var streams = activity.HasStreams ? TrainingStreams.From((await streamStore.ReadAsync(activity.Id, cancellationToken))?.Streams) : null;
        var load = ActivityLoadCalculator.Measure(activity, streams, physiology, options.Value);
        fresh.Add((activity.Id, JsonSerializer.Serialize(new CachedLoad(key, load), Json)));
        return load;
    }

    static IEnumerable<RunDistance> RunsOf(IEnumerable<(LoadRow Activity, MeasuredLoad Load)> loads) =>
        loads.Where(l => l.Activity.Family == SportFamilies.Running).Select(l => new RunDistance(l.Activity.LocalDate, l.Activity.DistanceKm));

    static string SummaryLine(LoadHistory history)
    {
        if (history.Series?.On(history.Today) is not { } day)
        {
            return "LOAD no activities synced yet";
        }

        var line = string.Create(CultureInfo.InvariantCulture,
            $"LOAD CTL {day.Fitness:0} ({day.RampRate:+0;-0;0}/wk) ATL {day.Fatigue:0} TSB {day.Form:0}");
        line += day.WorkloadRatio is { } ratio
            ? string.Create(CultureInfo.InvariantCulture, $" ACWR {ratio:0.00}{(day.Risk == WorkloadRisk.None ? "" : $" ({day.Risk.ToString().ToLowerInvariant()})")}")
            : " ACWR n/a";
        var recent = history.Weeks.TakeLast(2).ToList();
        var flags = recent.SelectMany(w => w.Flags.Select(f => $"{f.Short}{(w.Week.Monday == recent[^1].Week.Monday ? " this wk" : " last wk")}")).ToList();
        return line + (flags.Count == 0 ? " | no ramp flags" : $" | flag: {string.Join(", ", flags)}");
    }

    string Conventions()
    {
        var o = options.Value;
        return string.Create(CultureInfo.InvariantCulture,
            $"Load in TSS units (an hour at threshold = 100): rTSS for runs with a speed stream, else hrTSS with max/resting/threshold HR, else session RPE x minutes / 4.2 (Foster) when the runner gave one, else a duration estimate; cross-training x{o.CrossTrainingLoadFactor}, strength x{o.StrengthLoadFactor}. CTL/ATL: exponential averages, weight 1-e^(-1/tau), tau {o.FitnessDays:0}/{o.FatigueDays:0} days; TSB = yesterday's CTL - ATL (TrainingPeaks); ACWR: EWMA 7:28 (Williams 2017), caution from 1.3, high from 1.5.");
    }

    static double Round(double value) => Math.Round(value, 1);

    sealed record CachedLoad(string Key, MeasuredLoad Load);

    sealed record LoadHistory(
        DateOnly Today, IReadOnlyList<(LoadRow Activity, MeasuredLoad Load)> Loads, FitnessSeries? Series,
        IReadOnlyList<(TrainingWeek Week, IReadOnlyList<RampFlag> Flags)> Weeks);
}
