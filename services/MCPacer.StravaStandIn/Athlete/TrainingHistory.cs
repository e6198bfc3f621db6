using System.Globalization;
using System.Text.RegularExpressions;
using MCPacer.Contracts.Demo;
using MCPacer.Contracts.StravaApi;

namespace MCPacer.StravaStandIn.Athlete;

/// <summary>
/// Every activity of the athlete, planned (not simulated): the base years and the marathon build, with
/// Strava-like ids that grow with time. Sorted newest first, as Strava lists them.
/// </summary>
internal sealed partial class TrainingHistory
{
    const long IdBase = 9_000_000_000;

    readonly Dictionary<long, PlannedActivity> _byId;

    public TrainingHistory(DateOnly today, int historyDays, int seed, TimeZoneInfo timeZone)
    {
        BuildStart = DemoMarathonBuild.StartDate(today);
        var sessions = BasePhase.Sessions(BuildStart, historyDays, seed).Concat(BuildPhase.Sessions(today, seed));
        NewestFirst =
        [
            .. sessions
                .GroupBy(s => s.Date)
                .SelectMany(day => day.OrderBy(s => s.Start).Select((s, slot) => Plan(s, slot, timeZone)))
                .OrderByDescending(a => a.StartUtc),
        ];
        _byId = NewestFirst.ToDictionary(a => a.Id);
    }

    public DateOnly BuildStart { get; }

    public IReadOnlyList<PlannedActivity> NewestFirst { get; }

    public PlannedActivity? Find(long id) => _byId.GetValueOrDefault(id);

    static PlannedActivity Plan(ScheduledSession scheduled, int slot, TimeZoneInfo timeZone)
    {
        var startLocal = scheduled.Date.ToDateTime(scheduled.Start);
        var startUtc = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(startLocal, timeZone), TimeSpan.Zero);
        var id = IdBase + (long)scheduled.Date.DayNumber * 10 + slot;
        return new PlannedActivity(id, scheduled, startLocal, startUtc, Segments(scheduled));
    }

    [GeneratedRegex(@"(?<minutes>\d+)min")]
    private static partial Regex MinutesPattern();

    static IReadOnlyList<Segment> Segments(ScheduledSession scheduled) => scheduled.SportType switch
    {
        SportTypes.WeightTraining =>
        [
            Segment.Duration(SegmentKind.Steady,
                60 * int.Parse(MinutesPattern().Match(scheduled.Session.Structure) is { Success: true } m ? m.Groups["minutes"].Value : "45",
                    CultureInfo.InvariantCulture),
                0),
        ],
        SportTypes.Ride => [Segment.Distance(SegmentKind.Steady, scheduled.Session.DistanceKm, ActivitySimulator.RideSpeed)],
        _ => SessionStructure.Segments(scheduled.Session, scheduled.PaceShift),
    };
}
