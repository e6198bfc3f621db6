using MCPacer.Science.Fitness;
using MCPacer.Science.Predictions;

namespace MCPacer.Science.Tests;

public class PredictionTests
{
    /// <summary>Daniels' Running Formula (3rd ed.), table of VDOT values and equivalent race times.</summary>
    public static TheoryData<double, string, string, string, string> DanielsRaceTable => new()
    {
        { 40, "24:08", "50:03", "1:50:59", "3:49:45" },
        { 45, "21:50", "45:16", "1:40:20", "3:28:26" },
        { 50, "19:57", "41:21", "1:31:35", "3:10:49" },
        { 55, "18:22", "38:06", "1:24:18", "2:56:01" },
        { 60, "17:03", "35:22", "1:18:09", "2:43:25" },
        { 70, "14:55", "31:00", "1:08:21", "2:23:10" },
    };

    [Theory]
    [MemberData(nameof(DanielsRaceTable))]
    public void Race_times_from_Daniels_table_give_their_VDOT_within_half_a_point(double vdot, string fiveK, string tenK, string half, string marathon)
    {
        Assert.Equal(vdot, Vdot.FromRace(5000, TestStreams.Clock(fiveK)), 0.5);
        Assert.Equal(vdot, Vdot.FromRace(10000, TestStreams.Clock(tenK)), 0.5);
        Assert.Equal(vdot, Vdot.FromRace(21097.5, TestStreams.Clock(half)), 0.5);
        Assert.Equal(vdot, Vdot.FromRace(42195, TestStreams.Clock(marathon)), 0.5);
    }

    [Theory]
    [MemberData(nameof(DanielsRaceTable))]
    public void Predicted_times_at_a_VDOT_match_Daniels_table_within_one_percent(double vdot, string fiveK, string tenK, string half, string marathon)
    {
        foreach (var (meters, published) in new[] { (5000, fiveK), (10000, tenK), (21097.5, half), (42195, marathon) })
        {
            var expected = TestStreams.Clock(published);
            Assert.InRange(Vdot.PredictSeconds(vdot, meters), expected * 0.99, expected * 1.01);
        }
    }

    [Fact]
    public void A_15k_in_1_07_48_is_VDOT_46_4_with_the_published_equivalents()
    {
        // Runworks calculator on Daniels' formula, as published by marathonquest.blogspot.com (2007): 15K 1:07:48 →
        // VDOT 46.4, 5K 21:15.1, 10K 44:03.9, half 1:37:36.7, marathon 3:22:58.7.
        var vdot = Vdot.FromRace(15000, TestStreams.Clock("1:07:48"));

        Assert.Equal(46.4, vdot, 0.05);
        Assert.Equal(TestStreams.Clock("21:15.1"), Vdot.PredictSeconds(vdot, 5000), TestStreams.Clock("21:15.1") * 0.002);
        Assert.Equal(TestStreams.Clock("3:22:58.7"), Vdot.PredictSeconds(vdot, 42195), TestStreams.Clock("3:22:58.7") * 0.002);
    }

    /// <summary>Daniels' Running Formula (3rd ed.), training-intensity table, per km: E range, M, T, I, R.</summary>
    public static TheoryData<double, string, string, string, string, string, string> DanielsPaceTable => new()
    {
        { 50, "5:34", "4:56", "4:31", "4:15", "3:55", "3:41" },
        { 60, "4:49", "4:15", "3:52", "3:40", "3:23", "3:11" },
    };

    [Theory]
    [MemberData(nameof(DanielsPaceTable))]
    public void Training_paces_match_Daniels_table_within_three_seconds_per_km(
        double vdot, string easySlow, string easyFast, string marathon, string threshold, string interval, string repetition)
    {
        var paces = TrainingPaces.FromVdot(vdot);

        Assert.Equal(TestStreams.Clock(easySlow), paces.EasySlowest, 3.0);
        Assert.Equal(TestStreams.Clock(easyFast), paces.EasyFastest, 3.0);
        Assert.Equal(TestStreams.Clock(marathon), paces.Marathon, 3.0);
        Assert.Equal(TestStreams.Clock(threshold), paces.Threshold, 3.0);
        Assert.Equal(TestStreams.Clock(interval), paces.Interval, 3.0);
        Assert.Equal(TestStreams.Clock(repetition), paces.Repetition, 3.0);
    }

    [Fact]
    public void Riegel_carries_a_40_minute_10k_to_1_28_15_and_3_04_01()
    {
        // Riegel 1981: T₂ = T₁ (D₂/D₁)^1.06. 40:00 × 2.10975^1.06 = 88.26 min; × 4.2195^1.06 = 184.01 min.
        Assert.Equal(TestStreams.Clock("1:28:15.7"), Riegel.PredictSeconds(10000, 2400, 21097.5), 1.0);
        Assert.Equal(TestStreams.Clock("3:04:00.7"), Riegel.PredictSeconds(10000, 2400, 42195), 1.0);
    }

    [Fact]
    public void The_calculator_turns_a_41_21_10k_into_VDOT_50_predictions_and_paces()
    {
        var calculation = RaceCalculation.From(10000, TestStreams.Clock("41:21"));

        Assert.Equal(50, calculation.Vdot, 0.5);
        var marathon = calculation.Predictions.Single(p => p.Distance == RaceDistances.Marathon);
        Assert.InRange(marathon.VdotSeconds, TestStreams.Clock("3:10:49") * 0.99, TestStreams.Clock("3:10:49") * 1.01);
        Assert.Equal(2481 * Math.Pow(4.2195, 1.06), marathon.RiegelSeconds, 1e-6);
        Assert.Equal(TestStreams.Clock("4:15"), calculation.Paces.Threshold, 3.0);
        Assert.Equal(["5k", "10k", "half marathon", "marathon"], calculation.Predictions.Select(p => p.Distance.Name));
    }

    [Fact]
    public void A_marathon_block_with_long_runs_and_volume_gets_no_discount()
    {
        var today = new DateOnly(2026, 9, 27);
        var runs = Weeks(today, 12, weeklyKm: 60, longKm: w => w % 2 == 0 ? 32 : 24);

        var readiness = MarathonReadiness.Assess(runs, today);

        Assert.Equal(0, readiness.Percent);
        Assert.Empty(readiness.Reasons);
    }

    [Fact]
    public void A_short_block_adds_a_discount_with_its_reasons()
    {
        // Longest 18 km: 10 × 12/30 = 4.0 %; no run of 26 km: 3 × 1 %; 30 km a week: 10 × 20/50 = 4.0 %; 11 % in all.
        var today = new DateOnly(2026, 9, 27);
        var runs = Weeks(today, 12, weeklyKm: 30, longKm: _ => 18);

        var readiness = MarathonReadiness.Assess(runs, today);

        Assert.Equal(11.0, readiness.Percent, 1e-9);
        Assert.Equal(3, readiness.Reasons.Count);
        Assert.Contains("18.0 km", readiness.Reasons[0]);
        Assert.EndsWith("+4.0 %", readiness.Reasons[0]);
        Assert.Equal(TestStreams.Clock("3:00:00") * 1.11, readiness.Apply(TestStreams.Clock("3:00:00")), 1e-6);
    }

    /// <summary>Weeks ending today: a long run on Sunday and the rest of the week's distance over three other days.</summary>
    static List<RunDistance> Weeks(DateOnly today, int count, double weeklyKm, Func<int, double> longKm)
    {
        var runs = new List<RunDistance>();
        for (var w = 0; w < count; w++)
        {
            var sunday = today.AddDays(-7 * w);
            var rest = (weeklyKm - longKm(w)) / 3;
            runs.AddRange([new(sunday, longKm(w)), new(sunday.AddDays(-2), rest), new(sunday.AddDays(-4), rest), new(sunday.AddDays(-5), rest)]);
        }

        return runs;
    }
}
