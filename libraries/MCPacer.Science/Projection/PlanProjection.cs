using MCPacer.Science.Fitness;

namespace MCPacer.Science.Projection;

/// <summary>The fitness curves carried from today through a plan to race day.</summary>
/// <param name="Series">History plus projected days up to race day.</param>
/// <param name="RaceDayForm">TSB on race morning (TrainingPeaks convention: the day before's CTL − ATL).</param>
/// <param name="RaceDayFitness">CTL on race morning (after the day before).</param>
/// <param name="PeakFitness">Highest CTL from the history's last day to the day before the race.</param>
/// <param name="PeakFitnessDate">The day it is reached.</param>
/// <param name="Weeks">Projected weeks (from the week after the history's last day) with their ramp flags.</param>
public sealed record PlanProjection(
    FitnessSeries Series, double RaceDayForm, double RaceDayFitness, double PeakFitness, DateOnly PeakFitnessDate,
    IReadOnlyList<TrainingWeek> Weeks)
{
    /// <summary>Projected weeks that raise a ramp flag (<see cref="TrainingWeeks"/>).</summary>
    public IEnumerable<TrainingWeek> TooFast => Weeks.Where(w => w.RampsTooFast);
}

/// <summary>
/// Carries the fitness-fatigue model (Banister 1975, as <see cref="FitnessSeries"/>) forward through the plan's
/// estimated loads (<see cref="PlannedLoad"/>) to race day, and checks the plan's weeks with <see cref="TrainingWeeks"/>.
/// Planned runs on or before the history's last day are taken as done (their activities are in the history).
/// </summary>
public static class PlanProjector
{
    /// <summary>
    /// Projects <paramref name="plan"/> from the day after <paramref name="history"/> ends to <paramref name="raceDay"/>;
    /// <paramref name="otherLoads"/> (planned sessions that are not runs, already in TSS units) are added to their days.
    /// </summary>
    public static PlanProjection Project(
        FitnessSeries history, IEnumerable<RunDistance> pastRuns, IReadOnlyList<PlannedRun> plan, double thresholdPaceSecondsPerKm, DateOnly raceDay,
        IEnumerable<DatedLoad>? otherLoads = null)
    {
        var firstDay = history.LastDay.AddDays(1);
        if (raceDay < firstDay)
        {
            throw new ArgumentOutOfRangeException(nameof(raceDay), raceDay, $"The race must come after {history.LastDay}.");
        }

        var ahead = plan.Where(r => r.Date >= firstDay && r.Date <= raceDay).ToList();
        var loads = DailyLoads.Sum(firstDay, raceDay,
            ahead.Select(r => new DatedLoad(r.Date, PlannedLoad.Estimate(r, thresholdPaceSecondsPerKm).Value)).Concat(otherLoads ?? []));
        var series = history.Update(firstDay, loads);

        // Race morning is what the day before leaves; the peak is looked for from today to that day.
        var beforeRace = series.Days[(history.LastDay.DayNumber - series.FirstDay.DayNumber)..^1];
        var peak = beforeRace[0];
        foreach (var day in beforeRace)
        {
            peak = day.Fitness > peak.Fitness ? day : peak;
        }

        var runs = pastRuns.Concat(ahead.Select(r => new RunDistance(r.Date, r.DistanceKm)));
        var weeks = TrainingWeeks.Summarize(series.Days, runs).Where(w => w.Monday.AddDays(6) >= firstDay).ToList();
        return new PlanProjection(series, series.Days[^1].Form, beforeRace[^1].Fitness, peak.Fitness, peak.Date, weeks);
    }
}
