using System.Collections.Concurrent;
using MCPacer.Contracts.StravaApi;
using Microsoft.Extensions.Caching.Memory;

namespace MCPacer.StravaStandIn.Athlete;

/// <summary>
/// The athlete's activities as Strava serves them at this moment: only those already finished and
/// uploaded and not deleted since, private ones only for a token that may read them, with the athlete's edits applied.
/// Summaries are kept once computed (small); details live in a bounded cache; streams are simulated per request.
/// </summary>
public sealed class ActivityCatalog(AthleteGenerator athlete, TimeProvider time) : IDisposable
{
    /// <summary>Activity details kept at once; the others are simulated again when asked for.</summary>
    const int CachedDetails = 256;

    readonly MemoryCache _details = new(new MemoryCacheOptions { SizeLimit = CachedDetails });
    readonly ConcurrentDictionary<long, SummaryActivity> _summaries = new();
    readonly ConcurrentDictionary<long, UpdatableActivity> _edits = new();
    readonly ConcurrentDictionary<long, bool> _deleted = new();

    /// <summary>Newest first; <paramref name="before"/> and <paramref name="after"/> bound the start time, exclusive.</summary>
    public IReadOnlyList<SummaryActivity> List(DateTimeOffset? before, DateTimeOffset? after, int page, int perPage, bool includePrivate)
    {
        var now = time.GetUtcNow();
        return
        [
            .. athlete.History.NewestFirst
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

    public StreamSet? Streams(long id, IReadOnlySet<string> keys, bool includePrivate) =>
        Visible(id, includePrivate) is { } activity
            ? athlete.Mapper.Streams(athlete.Simulator.Simulate(activity), keys)
            : null;

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
            SportType = changes.SportType ?? earlier.SportType,
            Trainer = changes.Trainer ?? earlier.Trainer,
            Commute = changes.Commute ?? earlier.Commute,
            HideFromHome = changes.HideFromHome ?? earlier.HideFromHome,
            GearId = changes.GearId ?? earlier.GearId,
        });
        return Find(id, includePrivate);
    }

    /// <summary>The athlete deleted the activity on Strava; false when there was no such activity.</summary>
    public bool Delete(long id) => Visible(id, includePrivate: true) is not null && _deleted.TryAdd(id, true);

    PlannedActivity? Visible(long id, bool includePrivate) =>
        athlete.History.Find(id) is { } activity
        && activity.AvailableAt <= time.GetUtcNow()
        && !_deleted.ContainsKey(id)
        && (includePrivate || !activity.Scheduled.Private)
            ? activity
            : null;

    SummaryActivity Summary(PlannedActivity activity) =>
        _summaries.GetOrAdd(activity.Id, _ => athlete.Mapper.Summary(activity, athlete.Simulator.Simulate(activity)));

    DetailedActivity Detail(PlannedActivity activity) =>
        _details.GetOrCreate(activity.Id, entry =>
        {
            entry.Size = 1;
            return athlete.Mapper.Detail(activity, athlete.Simulator.Simulate(activity));
        })!;

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
            GearId = edit.GearId ?? activity.GearId,
        };
        return edited is DetailedActivity detail && edit.Description is not null ? detail with { Description = edit.Description } : edited;
    }

    public void Dispose() => _details.Dispose();
}
