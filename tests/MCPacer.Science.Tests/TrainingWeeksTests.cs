using MCPacer.Science.Fitness;

namespace MCPacer.Science.Tests;

public class TrainingWeeksTests
{
    static readonly DateOnly Monday = new(2026, 1, 5);

    /// <summary>Four runs a week (Tue, Thu, Sat, Sun: the Sunday one the long run), 6 TSS per km.</summary>
    static (FitnessSeries Series, List<RunDistance> Runs) Block(params (double Km, double LongKm)[] weeks)
    {
        var runs = new List<RunDistance>();
        for (var w = 0; w < weeks.Length; w++)
        {
            var (km, longKm) = weeks[w];
            var monday = Monday.AddDays(7 * w);
            var other = (km - longKm) / 3;
            runs.AddRange([new(monday.AddDays(1), other), new(monday.AddDays(3), other), new(monday.AddDays(5), other), new(monday.AddDays(6), longKm)]);
        }

        var loads = DailyLoads.Sum(Monday, Monday.AddDays(7 * weeks.Length - 1), runs.Select(r => new DatedLoad(r.Date, r.Kilometers * 6)));
        return (FitnessSeries.Compute(Monday, loads), runs);
    }

    [Fact]
    public void A_steady_build_raises_no_ramp_flag()
    {
        // Each week at most 10 % above the mean of the three before it: 46 ≤ 1.1 × 42.
        var (series, runs) = Block((40, 14), (42, 15), (44, 16), (46, 17), (48, 18));

        var weeks = TrainingWeeks.Summarize(series.Days, runs);

        Assert.Equal(5, weeks.Count);
        Assert.All(weeks, w => Assert.False(w.RampsTooFast));
        Assert.Equal(46, weeks[3].Kilometers, 1e-9);
        Assert.Equal(46 * 6, weeks[3].Load, 1e-9);
    }

    [Fact]
    public void A_too_steep_week_is_flagged_for_load_and_volume()
    {
        // 50 km after three weeks of 40: 25 % above their mean, over the 10 % rule.
        var (series, runs) = Block((40, 14), (40, 14), (40, 14), (50, 16));

        var week = TrainingWeeks.Summarize(series.Days, runs)[3];

        Assert.True(week.VolumeJump);
        Assert.True(week.LoadJump);
        Assert.False(week.LongRunJump);
        Assert.Equal(Monday.AddDays(21), week.Monday);
    }

    [Fact]
    public void A_long_run_over_20_percent_longer_than_the_last_four_weeks_longest_is_flagged()
    {
        // Longest of the four weeks before: 22 km; 27 km is 23 % longer, 26 km only 18 %.
        var (series, runs) = Block((45, 18), (45, 20), (45, 20), (45, 22), (45, 27));
        var (steadySeries, steadyRuns) = Block((45, 18), (45, 20), (45, 20), (45, 22), (45, 26));

        Assert.True(TrainingWeeks.Summarize(series.Days, runs)[4].LongRunJump);
        Assert.False(TrainingWeeks.Summarize(steadySeries.Days, steadyRuns)[4].LongRunJump);
    }

    [Fact]
    public void Monotony_and_strain_follow_Fosters_definitions()
    {
        // Foster 1998: monotony = mean / SD of the week's daily loads, strain = weekly load × monotony.
        // Loads 0, 60, 40, 60, 0, 50, 120: mean 47.143, population SD 38.066 → 1.2384; strain 330 × 1.2384 = 408.7.
        var series = FitnessSeries.Compute(Monday, [0, 60, 40, 60, 0, 50, 120, 50, 50, 50, 50, 50, 50, 50]);

        var weeks = TrainingWeeks.Summarize(series.Days, []);

        Assert.Equal(1.2384, weeks[0].Monotony!.Value, 1e-3);
        Assert.Equal(408.7, weeks[0].Strain!.Value, 0.1);
        Assert.Equal(TrainingWeeks.MaxMonotony, weeks[1].Monotony);
    }
}
