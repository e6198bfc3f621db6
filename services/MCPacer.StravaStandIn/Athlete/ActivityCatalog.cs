using System.Collections.Concurrent;
using MCPacer.Contracts.Demo;
using MCPacer.Contracts.Plans;
using MCPacer.Contracts.StravaApi;
using Microsoft.Extensions.Caching.Memory;

namespace MCPacer.StravaStandIn.Athlete;

/// <summary>
/// The athlete's activities as Strava serves them at this moment: the generated history (only those already
/// finished and uploaded) and the ones added since (uploaded from the watch or typed in), none deleted since,
/// private ones only for a token that may read them, with the athlete's edits applied.
/// Summaries are kept once computed (small); details live in a bounded cache; streams are simulated per request.
/// </summary>
internal sealed class ActivityCatalog(AthleteGenerator athlete, TimeProvider time) : IDisposable
{
    /// <summary>Activity details kept at once; the others are simulated again when asked for.</summary>
    const int CachedDetails = 256;

    /// <summary>Ids of added activities start above every generated one: Strava's ids grow with the moment of upload.</summary>
    const long AddedIdBase = 10_000_000_000;

    readonly MemoryCache _details = new(new MemoryCacheOptions { SizeLimit = CachedDetails });
    readonly ConcurrentDictionary<long, SummaryActivity> _summaries = new();
    readonly ConcurrentDictionary<long, UpdatableActivity> _edits = new();
    readonly ConcurrentDictionary<long, bool> _deleted = new();
    readonly ConcurrentDictionary<long, PlannedActivity> _added = new();
    readonly ConcurrentDictionary<long, WatchUpload> _uploads = new();
    readonly ActivityZones _zones = new(athlete.Fitness);
    long _lastAddedId = AddedIdBase;

    /// <summary>Newest first; <paramref name="before"/> and <paramref name="after"/> bound the start time, exclusive.</summary>
    public IReadOnlyList<SummaryActivity> List(DateTimeOffset? before, DateTimeOffset? after, int page, int perPage, bool includePrivate)
    {
        var now = time.GetUtcNow();
        return
        [
            .. NewestFirst()
                .Where(a => a.AvailableAt <= now && (includePrivate || !a.Scheduled.Private) && !_deleted.ContainsKey(a.Id))
                .Where(a => (before is null || a.StartUtc < before) && (after is null || a.StartUtc > after))
                .Skip((int)Math.Min(int.MaxValue, (page - 1L) * perPage))
                .Take(perPage)
                .Select(a => WithEdits(Summary(a))),
        ];
    }

    /// <summary>Computes the summaries of every activity available now, newest first, one per step.</summary>
    public IEnumerable<long> WarmSummaries()
    {
        var now = time.GetUtcNow();
        foreach (var activity in athlete.History.NewestFirst.Where(a => a.AvailableAt <= now))
        {
            yield return Summary(activity).Id;
        }
    }

    public DetailedActivity? Find(long id, bool includePrivate) =>
        Visible(id, includePrivate) is { } activity ? (DetailedActivity)WithEdits(Detail(activity)) : null;

    /// <summary>
    /// The streams of <paramref name="keys"/> the activity has; <c>Found</c> false when there is no such activity,
    /// <c>Streams</c> null when it has none (a manual one).
    /// </summary>
    public (bool Found, StreamSet? Streams) Streams(long id, IReadOnlySet<string> keys, bool includePrivate) =>
        Visible(id, includePrivate) is { } activity
            ? (true, Record(activity) is { } recording ? athlete.Mapper.Streams(recording, keys) : null)
            : (false, null);

    public IReadOnlyList<ActivityZone>? Zones(long id, bool includePrivate) =>
        Visible(id, includePrivate) is { } activity ? _zones.For(activity, Record(activity), WithEdits(Summary(activity))) : null;

    /// <summary>Totals of the public activities available now, as of the athlete's local date.</summary>
    public ActivityStats Stats()
    {
        var now = time.GetUtcNow();
        var visible = NewestFirst()
            .Where(a => a.AvailableAt <= now && !a.Scheduled.Private && !_deleted.ContainsKey(a.Id))
            .Select(a => WithEdits(Summary(a)))
            .ToList();
        return ActivityTotals.Of(visible, now, athlete.TimeZone);
    }

    public DetailedActivity? Update(long id, UpdatableActivity changes, bool includePrivate)
    {
        if (Visible(id, includePrivate) is null)
        {
            return null;
        }

        _edits.AddOrUpdate(id, changes, (_, earlier) => new UpdatableActivity
        {
            Name = changes.Name ?? earlier.Name,
            Description = changes.Description ?? earlier.Description,
            SportType = changes.SportType ?? changes.Type ?? earlier.SportType,
            Trainer = changes.Trainer ?? earlier.Trainer,
            Commute = changes.Commute ?? earlier.Commute,
            HideFromHome = changes.HideFromHome ?? earlier.HideFromHome,
            GearId = changes.GearId ?? earlier.GearId,
        });
        return Find(id, includePrivate);
    }

    /// <summary>The athlete deleted the activity on Strava; false when there was no such activity.</summary>
    public bool Delete(long id) => Visible(id, includePrivate: true) is not null && _deleted.TryAdd(id, true);

    /// <summary>
    /// Adds an activity now: typed in by hand (<paramref name="recording"/> null: <paramref name="meters"/> in
    /// <paramref name="seconds"/>) or uploaded by the watch with its samples and the figures it computed.
    /// </summary>
    public DetailedActivity Add(ScheduledSession scheduled, DateTimeOffset startUtc, double meters, int seconds, Recording? recording, WatchUpload? figures = null)
    {
        var id = Interlocked.Increment(ref _lastAddedId);
        var startLocal = scheduled.Date.ToDateTime(scheduled.Start);
        IReadOnlyList<Segment> segments = seconds > 0 ? [Segment.Duration(SegmentKind.Steady, seconds, meters / seconds)] : [];
        if (figures is not null)
        {
            _uploads[id] = figures;
        }

        _added[id] = new PlannedActivity(id, scheduled, startLocal, startUtc, segments)
        {
            Uploaded = recording,
            AddedAt = time.GetUtcNow(),
        };
        return Find(id, includePrivate: true)!;
    }

    /// <summary>Strava's workout_type as the run type the history uses (runs only; other sports have none).</summary>
    public static string RunTypeOf(int? workoutType) => workoutType switch
    {
        1 => RunTypes.Race,
        2 => RunTypes.Long,
        3 => RunTypes.Workout,
        0 => RunTypes.Easy,
        _ => RunTypes.CrossTraining,
    };

    public static ScheduledSession Scheduled(DateTime startLocal, string sportType, int? workoutType, double meters) =>
        new(DateOnly.FromDateTime(startLocal), TimeOnly.FromDateTime(startLocal),
            new DemoSession(startLocal.DayOfWeek, RunTypeOf(workoutType), meters / 1000, "", null))
        {
            SportType = sportType,
        };

    IEnumerable<PlannedActivity> NewestFirst() =>
        _added.IsEmpty
            ? athlete.History.NewestFirst
            : athlete.History.NewestFirst.Concat(_added.Values).OrderByDescending(a => a.StartUtc).ThenByDescending(a => a.Id);

    PlannedActivity? Visible(long id, bool includePrivate) =>
        (athlete.History.Find(id) ?? _added.GetValueOrDefault(id)) is { } activity
        && activity.AvailableAt <= time.GetUtcNow()
        && !_deleted.ContainsKey(id)
        && (includePrivate || !activity.Scheduled.Private)
            ? activity
            : null;

    /// <summary>The samples: uploaded, or simulated from the plan; none for a manual activity.</summary>
    Recording? Record(PlannedActivity activity) =>
        activity.Scheduled.Manual ? null : activity.Uploaded ?? athlete.Simulator.Simulate(activity);

    SummaryActivity Summary(PlannedActivity activity) =>
        _summaries.GetOrAdd(activity.Id, _ => WithFigures(athlete.Mapper.Summary(activity, Record(activity))));

    DetailedActivity Detail(PlannedActivity activity) =>
        _details.GetOrCreate(activity.Id, entry =>
        {
            entry.Size = 1;
            return (DetailedActivity)WithFigures(athlete.Mapper.Detail(activity, Record(activity)));
        })!;

    SummaryActivity WithFigures(SummaryActivity activity) =>
        _uploads.TryGetValue(activity.Id, out var figures) ? figures.ApplyTo(activity) : activity;

    SummaryActivity WithEdits(SummaryActivity activity)
    {
        if (!_edits.TryGetValue(activity.Id, out var edit))
        {
            return activity;
        }

        var edited = activity with
        {
            Name = edit.Name ?? activity.Name,
            SportType = edit.SportType ?? activity.SportType,
            Type = edit.SportType ?? activity.Type,
            Trainer = edit.Trainer ?? activity.Trainer,
            Commute = edit.Commute ?? activity.Commute,
            GearId = edit.GearId is "none" ? null : edit.GearId ?? activity.GearId,
        };
        return edited is DetailedActivity detail
            ? detail with { Description = edit.Description ?? detail.Description, HideFromHome = edit.HideFromHome ?? detail.HideFromHome }
            : edited;
    }

    public void Dispose() => _details.Dispose();
}
