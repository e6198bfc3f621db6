using MCPacer.Science.Fitness;

namespace MCPacer.Science.Tests;

public class FitnessSeriesTests
{
    static readonly DateOnly Start = new(2026, 1, 5);

    [Fact]
    public void Fitness_fatigue_and_form_follow_the_hand_computed_series()
    {
        // Weights 1 − e^(−1/42) = 0.0235283 and 1 − e^(−1/7) = 0.133122; form is yesterday's CTL − ATL (TrainingPeaks).
        var days = FitnessSeries.Compute(Start, [100, 0, 0, 50]).Days;

        double[] fitness = [2.35283, 2.29747, 2.24342, 3.36707];
        double[] fatigue = [13.3122, 11.54007, 10.00382, 15.32821];
        double[] form = [0, -10.95937, -9.24260, -7.76040];
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(fitness[i], days[i].Fitness, 1e-4);
            Assert.Equal(fatigue[i], days[i].Fatigue, 1e-4);
            Assert.Equal(form[i], days[i].Form, 1e-4);
        }

        Assert.Equal(Start.AddDays(3), days[3].Date);
    }

    [Fact]
    public void Ramp_rate_is_the_fitness_gained_over_the_last_seven_days()
    {
        var days = FitnessSeries.Compute(Start, Enumerable.Repeat(50.0, 14).ToArray()).Days;

        // 50 · (e^(−7/42) − e^(−14/42)) = 6.4976.
        Assert.Equal(6.4976, days[13].RampRate, 1e-3);
        Assert.Equal(days[13].Fitness - days[6].Fitness, days[13].RampRate, 1e-12);
    }

    [Fact]
    public void Workload_ratio_waits_for_28_days_then_flags_a_spike_with_caution_and_then_high()
    {
        // Williams et al. 2017 EWMA, λ = 2/(N+1): after 60 days at 50 the ratio is 1.014; one day at 150 → 1.333
        // (caution from 1.3); three days → 1.568 (high from 1.5).
        var loads = Enumerable.Repeat(50.0, 60).Concat(Enumerable.Repeat(150.0, 3)).ToArray();
        var days = FitnessSeries.Compute(Start, loads).Days;

        Assert.Null(days[26].WorkloadRatio);
        Assert.NotNull(days[27].WorkloadRatio);
        Assert.Equal(1.014, days[59].WorkloadRatio!.Value, 0.002);
        Assert.Equal(WorkloadRisk.None, days[59].Risk);
        Assert.Equal(1.333, days[60].WorkloadRatio!.Value, 0.003);
        Assert.Equal(WorkloadRisk.Caution, days[60].Risk);
        Assert.Equal(1.568, days[62].WorkloadRatio!.Value, 0.003);
        Assert.Equal(WorkloadRisk.High, days[62].Risk);
    }

    [Fact]
    public void An_update_from_a_past_day_gives_the_same_series_as_computing_it_all_again()
    {
        var random = new Random(7);
        var loads = Enumerable.Range(0, 400).Select(_ => random.Next(4) == 0 ? 0 : random.NextDouble() * 150).ToArray();
        var revised = loads[..300].Concat(Enumerable.Range(0, 120).Select(_ => random.NextDouble() * 150)).ToArray();

        var updated = FitnessSeries.Compute(Start, loads).Update(Start.AddDays(300), revised[300..]);
        var recomputed = FitnessSeries.Compute(Start, revised);

        Assert.Equal(recomputed.LastDay, updated.LastDay);
        Assert.Equal(recomputed.Days.ToArray(), updated.Days.ToArray());
    }

    [Fact]
    public void An_update_with_the_next_day_extends_the_series_by_that_day()
    {
        var series = FitnessSeries.Compute(Start, [60, 40]);

        var next = series.Update(Start.AddDays(2), [80]);

        Assert.Equal(Start.AddDays(2), next.LastDay);
        Assert.Equal(FitnessSeries.Compute(Start, [60, 40, 80]).Days[2], next.On(Start.AddDays(2)));
        Assert.Equal(Start.AddDays(1), series.LastDay);
        Assert.Throws<ArgumentOutOfRangeException>(() => series.Update(Start.AddDays(4), [10]));
    }

    [Fact]
    public void Daily_loads_sum_the_activities_of_each_day_and_ignore_those_outside()
    {
        var loads = DailyLoads.Sum(Start, Start.AddDays(2),
            [new(Start, 40), new(Start, 20), new(Start.AddDays(2), 70), new(Start.AddDays(3), 99), new(Start.AddDays(-1), 99)]);

        Assert.Equal([60, 0, 70], loads);
    }
}
