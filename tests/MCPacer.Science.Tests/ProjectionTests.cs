using MCPacer.Science.Fitness;
using MCPacer.Science.Load;
using MCPacer.Science.Projection;

namespace MCPacer.Science.Tests;

public class ProjectionTests
{
    static readonly DateOnly Start = new(2026, 1, 5);

    [Fact]
    public void Planned_runs_become_rTSS_from_distance_pace_and_type()
    {
        // Threshold 4:00/km. 10 km race at 4:00: 40 min at IF 1 = 66.67. Easy 10 km without a pace: IF 0.72, so
        // 10 × 240 / 0.72 s = 0.9259 h × 51.84 = 48.0. Intervals 10 km @ 3:40: 4 km of work at IF 1.0909
        // (880 s → 29.09) and 6 km easy (2000 s → 28.80) = 57.89.
        Assert.Equal(66.67, PlannedLoad.Estimate(new(Start, 10, SessionType.Race, 240), 240).Value, 0.01);
        Assert.Equal(48.0, PlannedLoad.Estimate(new(Start, 10, SessionType.Easy), 240).Value, 0.01);
        Assert.Equal(57.89, PlannedLoad.Estimate(new(Start, 10, SessionType.Intervals, 220), 240).Value, 0.01);
        Assert.Equal(0, PlannedLoad.Estimate(new(Start, 0, SessionType.Rest), 240).Value);
    }

    [Fact]
    public void A_ten_day_rest_before_the_race_decays_fitness_and_fatigue_as_the_model_says()
    {
        var history = FitnessSeries.Compute(Start, Enumerable.Repeat(60.0, 120).ToArray());
        var raceDay = history.LastDay.AddDays(10);

        var projection = PlanProjector.Project(history, [], [new PlannedRun(raceDay, 42.195, SessionType.Race, 250)], 240, raceDay);

        // Race morning = after 9 empty days: CTL = C₀·e^(−9/42), ATL = A₀·e^(−9/7), C₀ = 60(1 − e^(−120/42)), A₀ = 60(1 − e^(−120/7)).
        var fitness = 60 * (1 - Math.Exp(-120 / 42.0)) * Math.Exp(-9 / 42.0);
        var fatigue = 60 * (1 - Math.Exp(-120 / 7.0)) * Math.Exp(-9 / 7.0);
        Assert.Equal(fitness - fatigue, projection.RaceDayForm, 1e-9);
        Assert.Equal(fitness, projection.RaceDayFitness, 1e-9);
        Assert.Equal(history.LastDay, projection.PeakFitnessDate);
        Assert.Equal(history.Days[^1].Fitness, projection.PeakFitness, 1e-12);
        Assert.Equal(raceDay, projection.Series.LastDay);
    }

    [Fact]
    public void A_plan_that_jumps_a_week_is_named_and_its_steady_weeks_are_not()
    {
        // History: four weeks of 40 km (Tue, Thu, Sat 10 km easy; Sun 10 km long). Plan: 40, 40, then 52 km, then the race.
        var pastRuns = new List<RunDistance>();
        for (var day = 0; day < 28; day++)
        {
            if (Start.AddDays(day).DayOfWeek is DayOfWeek.Tuesday or DayOfWeek.Thursday or DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                pastRuns.Add(new(Start.AddDays(day), 10));
            }
        }

        var history = FitnessSeries.Compute(Start,
            DailyLoads.Sum(Start, Start.AddDays(27), pastRuns.Select(r => new DatedLoad(r.Date, 48))));
        var plan = new List<PlannedRun>();
        foreach (var (week, km) in new[] { (4, 10.0), (5, 10.0), (6, 13.0) })
        {
            foreach (var offset in new[] { 1, 3, 5, 6 })
            {
                plan.Add(new(Start.AddDays(7 * week + offset), km, offset == 6 ? SessionType.Long : SessionType.Easy));
            }
        }

        var raceDay = Start.AddDays(7 * 7 + 6);
        plan.Add(new(raceDay, 10, SessionType.Race, 240));

        var projection = PlanProjector.Project(history, pastRuns, plan, 240, raceDay);

        var tooFast = Assert.Single(projection.TooFast);
        Assert.Equal(Start.AddDays(7 * 6), tooFast.Monday);
        Assert.True(tooFast.VolumeJump);
        Assert.Equal(4, projection.Weeks.Count);
        Assert.True(projection.RaceDayForm > projection.Series.On(Start.AddDays(7 * 6 + 6))!.Value.Form);
    }
}
