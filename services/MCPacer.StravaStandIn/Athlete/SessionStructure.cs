using System.Globalization;
using System.Text.RegularExpressions;
using MCPacer.Contracts.Demo;
using MCPacer.Contracts.Plans;

namespace MCPacer.StravaStandIn.Athlete;

/// <summary>
/// Turns a session as a plan writes it ("3km warmup, 6x1km @ 3:50 with 2min jog, cooldown") into the
/// segments the athlete runs, so the generated runs follow whatever the demo build prescribes.
/// </summary>
internal static partial class SessionStructure
{
    const double MinCooldownKm = 1.5;

    [GeneratedRegex(@"(?<km>\d+(?:\.\d+)?)km warmup")]
    private static partial Regex WarmupPattern();

    [GeneratedRegex(@"(?<n>\d+)x(?<len>\d+(?:\.\d+)?)(?<unit>km|m) @ (?<pace>\d:\d\d)(?: with (?<jog>\d+)(?<jogUnit>min|s) jog)?")]
    private static partial Regex RepsPattern();

    [GeneratedRegex(@"(?<km>\d+(?:\.\d+)?)km (?:tempo )?@ (?<pace>\d:\d\d|marathon pace)")]
    private static partial Regex BlockPattern();

    [GeneratedRegex(@"last (?<km>\d+(?:\.\d+)?)km @ (?<pace>\d:\d\d|marathon pace)")]
    private static partial Regex FinishPattern();

    [GeneratedRegex(@"(?<n>\d+)x100m strides")]
    private static partial Regex StridesPattern();

    /// <summary>The reps or block of a workout as the athlete would name it ("6x1km @ 3:50", "8km tempo @ 4:05").</summary>
    public static string? MainSet(string structure) =>
        RepsPattern().Match(structure) is { Success: true } reps ? reps.Value.Split(" with ")[0]
        : BlockPattern().Match(structure) is { Success: true } block ? block.Value
        : null;

    /// <param name="session">What the plan says.</param>
    /// <param name="paceShift">Seconds per km added to the session pace (negative: the athlete runs an easy day too fast).</param>
    public static IReadOnlyList<Segment> Segments(DemoSession session, double paceShift = 0)
    {
        var sessionSpeed = 1000 / (Pace.SecondsPerKm(session.TargetPaceMinPerKm ?? "5:10") + paceShift);
        var structure = session.Structure;

        return session.Type switch
        {
            RunTypes.Intervals or RunTypes.Workout or RunTypes.Tempo or RunTypes.MarathonPace =>
                Workout(session.DistanceKm, structure),
            RunTypes.Progression => Progression(session, structure),
            RunTypes.Long when FinishPattern().Match(structure) is { Success: true } finish =>
            [
                Segment.Distance(SegmentKind.Steady, session.DistanceKm - Km(finish), sessionSpeed),
                Segment.Distance(SegmentKind.Work, Km(finish), SpeedOf(finish)),
            ],
            RunTypes.Easy or RunTypes.Recovery when StridesPattern().Match(structure) is { Success: true } strides =>
                WithStrides(session.DistanceKm, sessionSpeed, int.Parse(strides.Groups["n"].Value, CultureInfo.InvariantCulture)),
            _ => [Segment.Distance(SegmentKind.Steady, session.DistanceKm, sessionSpeed)],
        };
    }

    static IReadOnlyList<Segment> Workout(double totalKm, string structure)
    {
        var warmupSpeed = Pace.Speed("5:15");
        var jogSpeed = Pace.Speed("6:00");
        var segments = new List<Segment>();
        if (WarmupPattern().Match(structure) is { Success: true } warmup)
        {
            segments.Add(Segment.Distance(SegmentKind.Warmup, Km(warmup), warmupSpeed));
        }

        if (RepsPattern().Match(structure) is { Success: true } reps)
        {
            var count = int.Parse(reps.Groups["n"].Value, CultureInfo.InvariantCulture);
            var lengthKm = double.Parse(reps.Groups["len"].Value, CultureInfo.InvariantCulture) / (reps.Groups["unit"].Value == "m" ? 1000 : 1);
            var jogSeconds = reps.Groups["jog"].Success
                ? int.Parse(reps.Groups["jog"].Value, CultureInfo.InvariantCulture) * (reps.Groups["jogUnit"].Value == "min" ? 60 : 1)
                : 90;
            for (var rep = 0; rep < count; rep++)
            {
                segments.Add(Segment.Distance(SegmentKind.Work, lengthKm, SpeedOf(reps)));
                if (rep < count - 1)
                {
                    segments.Add(Segment.Duration(SegmentKind.Recovery, jogSeconds, jogSpeed));
                }
            }
        }
        else if (BlockPattern().Match(structure) is { Success: true } block)
        {
            segments.Add(Segment.Distance(SegmentKind.Work, Km(block), SpeedOf(block)));
        }

        var runKm = segments.Sum(s => s.ExpectedMeters) / 1000;
        segments.Add(Segment.Distance(SegmentKind.Cooldown, Math.Max(MinCooldownKm, totalKm - runKm), warmupSpeed));
        return segments;
    }

    static IReadOnlyList<Segment> Progression(DemoSession session, string structure)
    {
        var finish = FinishPattern().Match(structure);
        var finishKm = finish.Success ? Km(finish) : session.DistanceKm / 3;
        var finishSpeed = finish.Success ? SpeedOf(finish) : Pace.Speed(session.TargetPaceMinPerKm ?? "4:40");
        var firstKm = Math.Max(1, session.DistanceKm - finishKm);
        return
        [
            Segment.Distance(SegmentKind.Steady, firstKm / 2, Pace.Speed("5:05")),
            Segment.Distance(SegmentKind.Steady, firstKm / 2, Pace.Speed("4:45")),
            Segment.Distance(SegmentKind.Work, finishKm, finishSpeed),
        ];
    }

    static IReadOnlyList<Segment> WithStrides(double totalKm, double sessionSpeed, int strides)
    {
        var segments = new List<Segment> { Segment.Distance(SegmentKind.Steady, Math.Max(1, totalKm - strides * 0.2), sessionSpeed) };
        for (var i = 0; i < strides; i++)
        {
            segments.Add(Segment.Distance(SegmentKind.Stride, 0.1, Pace.Speed("3:15")));
            segments.Add(Segment.Distance(SegmentKind.Recovery, 0.1, Pace.Speed("6:30")));
        }

        return segments;
    }

    static double Km(Match match) => double.Parse(match.Groups["km"].Value, CultureInfo.InvariantCulture);

    static double SpeedOf(Match match) =>
        Pace.Speed(match.Groups["pace"].Value == "marathon pace" ? DemoMarathonBuild.GoalPace : match.Groups["pace"].Value);
}
