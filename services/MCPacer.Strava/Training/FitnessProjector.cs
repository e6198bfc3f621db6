using System.Globalization;
using MCPacer.Contracts.Training;
using MCPacer.Science.Fitness;
using MCPacer.Science.Load;
using MCPacer.Science.Projection;
using Microsoft.Extensions.Options;

namespace MCPacer.Strava.Training;

/// <summary>
/// Carries the athlete's fitness series through planned sessions to race day with MCPacer.Science's
/// <see cref="PlanProjector"/>: runs as estimated rTSS against the athlete's threshold pace, cross-training and
/// strength from their duration at the runner's factors, the ramp flags of every week from this one to race week.
/// </summary>
internal sealed class FitnessProjector(TrainingLoads loads, AthleteProfileStore profiles, IOptions<StravaOptions> options)
{
    /// <summary>Days of measured history shown before the projected ones.</summary>
    public const int HistoryDays = 42;

    /// <summary>The projection, or null when the athlete's threshold pace is unknown (nothing to estimate rTSS against).</summary>
    public async Task<FitnessProjection?> ProjectAsync(ProjectionRequest request, CancellationToken cancellationToken)
    {
        var (_, physiology) = await profiles.GetAsync(cancellationToken);
        if (physiology.ThresholdPace is not { } threshold)
        {
            return null;
        }

        var (today, measured, pastRuns) = await loads.BaselineAsync(cancellationToken);
        var o = options.Value;
        var history = measured ?? FitnessSeries.Compute(today, [0], new FitnessSettings(o.FitnessDays, o.FatigueDays));
        var runs = request.Sessions.Where(s => !IsCrossTraining(s.Type)).Select(s => new PlannedRun(s.Date, s.DistanceKm, SessionTypeOf(s.Type), s.TargetPaceSecondsPerKm)).ToList();
        var other = request.Sessions.Where(s => IsCrossTraining(s.Type) && s.DurationMinutes is > 0).Select(s => new DatedLoad(s.Date,
            TrainingLoad.FromDuration(s.DurationMinutes!.Value, SessionType.CrossTraining)
                .AsCrossTraining(s.Type == PlannedSessionTypes.Strength ? o.StrengthLoadFactor : o.CrossTrainingLoadFactor).Value));
        var projection = PlanProjector.Project(history, pastRuns, runs, threshold, request.RaceDay, other);

        var days = new List<ProjectedDay>();
        var from = today.AddDays(1 - HistoryDays);
        foreach (var day in projection.Series.Days)
        {
            if (day.Date >= from)
            {
                days.Add(new ProjectedDay(day.Date, Round(day.Load), Round(day.Fitness), Round(day.Fatigue), Round(day.Form), day.Date > today));
            }
        }

        // The flags need the weeks before the projected ones as their baseline, so every week is summarized.
        var plannedRuns = pastRuns.Concat(runs.Where(r => r.Date > today && r.Date <= request.RaceDay).Select(r => new RunDistance(r.Date, r.DistanceKm)));
        var all = TrainingWeeks.Summarize(projection.Series.Days, plannedRuns);
        var thisWeek = TrainingWeeks.MondayOf(today);
        var weeks = all.Select((w, i) => (Week: w, Flags: RampFlag.Of(all, i))).Where(w => w.Week.Monday >= thisWeek).ToList();
        var projected = weeks.Select(w => new ProjectedWeek(w.Week.Monday, null, Round(w.Week.Load), Math.Round(w.Week.Kilometers, 1),
            Math.Round(w.Week.LongestRunKm, 1), [.. w.Flags.Select(f => f.Sentence)])).ToList();
        return new FitnessProjection(request.PlanId ?? "", request.RaceDay, days, Round(projection.RaceDayForm), Round(projection.RaceDayFitness),
            Round(projection.PeakFitness), projection.PeakFitnessDate, projected, [.. projected.Where(w => w.Flags.Count > 0)],
            Summary(projection, request.RaceDay, weeks.Where(w => w.Flags.Count > 0).ToList(), measured is null), Basis(threshold));
    }

    /// <summary>A running type of <see cref="PlannedSessionTypes"/> as the library's session type (the names match but for the underscore).</summary>
    static SessionType SessionTypeOf(string type) => Enum.Parse<SessionType>(type.Replace("_", "", StringComparison.Ordinal), ignoreCase: true);

    static bool IsCrossTraining(string type) => type is PlannedSessionTypes.CrossTraining or PlannedSessionTypes.Strength;

    static string Summary(PlanProjection projection, DateOnly raceDay, IReadOnlyList<(TrainingWeek Week, IReadOnlyList<RampFlag> Flags)> tooFast, bool noHistory) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{(noHistory ? "No activities synced: the curves start from zero. " : "")}Race day {raceDay:yyyy-MM-dd}: form TSB {projection.RaceDayForm:+0;-0;0}, fitness CTL {projection.RaceDayFitness:0}; peak CTL {projection.PeakFitness:0} on {projection.PeakFitnessDate:yyyy-MM-dd}; ")
        + (tooFast.Count == 0
            ? "no week ramps too fast."
            : $"{tooFast.Count} week(s) ramp too fast: {string.Join("; ", tooFast.Select(w => $"week of {w.Week.Monday:yyyy-MM-dd} {string.Join(", ", w.Flags.Select(f => f.Short))}"))}.");

    string Basis(double threshold)
    {
        var o = options.Value;
        return string.Create(CultureInfo.InvariantCulture,
            $"History: measured loads (as GET /api/strava/training/load). Planned runs: rTSS estimated from distance and target pace against threshold pace {PaceText.PerKm(threshold)} (hours x IF^2 x 100, flat); a workout's target pace covers its work share (intervals 40 %, workout and progression 50 %, tempo 60 %, marathon pace 70 %), the rest easy; without a pace the type's typical intensity. Cross-training from duration x{o.CrossTrainingLoadFactor}, strength x{o.StrengthLoadFactor}. CTL/ATL: weight 1-e^(-1/tau), tau {o.FitnessDays:0}/{o.FatigueDays:0} days; TSB = the day before's CTL - ATL (TrainingPeaks); race-day form is race morning's. Ramp flags: a week's load or distance over 10 % above the mean of the 3 before, a long run over 20 % above the longest of the 4 before.");
    }

    static double Round(double value) => Math.Round(value, 1);
}
