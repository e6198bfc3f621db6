using MCPacer.Science.Load;

namespace MCPacer.Science.Tests;

public class LoadTests
{
    static readonly HeartRateProfile Man = new(RestingBpm: 60, MaxBpm: 190, Sex.Male, ThresholdBpm: 170);

    [Fact]
    public void Trimp_of_45_minutes_at_150_matches_the_published_worked_example()
    {
        // calculatorhub.com TRIMP calculator worked example (Banister 1991 formula): 45 min, HR 150, rest 60,
        // max 190, male → HRr 0.6923, y 2.419, TRIMP 75.36.
        Assert.Equal(75.36, BanisterTrimp.FromAverage(45, 150, Man), 0.1);
    }

    [Fact]
    public void Trimp_of_30_minutes_at_130_matches_the_published_worked_example()
    {
        // Better Workouts help centre, "What is training load?": HRmax 200, HRrest 40, 30 min at 130 → 32.
        var profile = new HeartRateProfile(40, 200, Sex.Male);
        Assert.Equal(32, BanisterTrimp.FromAverage(30, 130, profile), 0.5);
    }

    [Fact]
    public void Trimp_from_a_steady_stream_equals_the_session_form_and_skips_pauses()
    {
        var time = TestStreams.Time(45 * 60 + 1);
        var paused = time.Select(t => t < 1200 ? t : t + 600).ToArray(); // ten minutes stopped after 20 minutes
        var heartRate = TestStreams.Constant(time.Length, 150);

        Assert.Equal(75.36, BanisterTrimp.FromStream(time, heartRate, Man), 0.1);
        Assert.Equal(75.36, BanisterTrimp.FromStream(paused, heartRate, Man), 0.1);
    }

    [Fact]
    public void Women_weigh_the_same_reserve_with_Banisters_female_curve()
    {
        // Banister 1991: y = 0.86·e^(1.67x) for women; at x = 0.5 that is 0.86·e^0.835 = 1.982 (men: 0.64·e^0.96 = 1.671).
        Assert.Equal(1.982, BanisterTrimp.Weighting(0.5, Sex.Female), 0.001);
        Assert.Equal(1.671, BanisterTrimp.Weighting(0.5, Sex.Male), 0.001);
    }

    [Fact]
    public void HrTss_scores_an_hour_at_threshold_heart_rate_100_and_half_an_hour_50()
    {
        var hour = TestStreams.Time(3601);
        var halfHour = TestStreams.Time(1801);

        var full = TrainingLoad.HeartRateTss(hour, TestStreams.Constant(hour.Length, 170), Man);
        var half = TrainingLoad.HeartRateTss(halfHour, TestStreams.Constant(halfHour.Length, 170), Man);

        Assert.Equal(LoadMethod.HeartRateTss, full!.Value.Method);
        Assert.Equal(100, full.Value.Value, 1e-6);
        Assert.Equal(50, half!.Value.Value, 1e-6);
        Assert.Null(TrainingLoad.HeartRateTss(hour, TestStreams.Constant(hour.Length, 170), Man with { ThresholdBpm = null }));
    }

    [Fact]
    public void Minetti_cost_of_running_matches_the_polynomial_on_the_flat_and_at_ten_percent()
    {
        // Minetti et al. 2002, J Appl Physiol 93:1039, Cr(i): 3.6 J/kg/m on the flat; at i = 0.10 by hand:
        // 155.4e-5 − 30.4e-4 − 43.3e-3 + 46.3e-2 + 1.95 + 3.6 = 5.968.
        Assert.Equal(3.6, GradedSpeed.CostOfRunning(0), 1e-9);
        Assert.Equal(5.968, GradedSpeed.CostOfRunning(0.10), 0.001);
        Assert.Equal(5.968 / 3.6, GradedSpeed.FlatEquivalentFactor(10), 0.001);
    }

    [Fact]
    public void RTss_scores_an_hour_at_threshold_pace_100_and_more_when_it_climbs()
    {
        var time = TestStreams.Time(3601);
        var threshold = TestStreams.Constant(time.Length, 1000 / 240.0); // 4:00/km
        var flat = TrainingLoad.RunningTss(time, threshold, [], 240)!.Value;
        var uphill = TrainingLoad.RunningTss(time, threshold, TestStreams.Constant(time.Length, 2), 240)!.Value;

        Assert.Equal(LoadMethod.RunningTss, flat.Method);
        Assert.Equal(100, flat.Value, 1e-6);
        // 2 % grade: Cr(0.02) = 4.0082, /3.6 = 1.1134 flat metres per metre → IF 1.1134, rTSS = 124.0.
        Assert.Equal(100 * Math.Pow(GradedSpeed.FlatEquivalentFactor(2), 2), uphill.Value, 1e-6);
        Assert.Equal(124.0, uphill.Value, 0.1);
    }

    [Fact]
    public void RTss_leaves_standing_still_out_of_the_hours()
    {
        var time = TestStreams.Time(3601 + 600);
        var velocity = time.Select(t => t is > 1800 and <= 2400 ? 0 : 1000 / 240.0).ToArray();

        Assert.Equal(100, TrainingLoad.RunningTss(time, velocity, [], 240)!.Value.Value, 1e-6);
        Assert.Null(TrainingLoad.RunningTss(time, TestStreams.Constant(time.Length, 0), [], 240));
    }

    [Fact]
    public void Session_rpe_and_duration_fallbacks_land_on_the_tss_scale()
    {
        // Foster et al. 2001: 60 min × RPE 7 = 420 AU, rescaled so that is one threshold hour = 100.
        Assert.Equal(new ActivityLoad(100, LoadMethod.SessionRpe), TrainingLoad.SessionRpe(60, 7));
        // Coggan: 1 h × 0.72² × 100 = 51.84 for an easy hour.
        Assert.Equal(51.84, TrainingLoad.FromDuration(60, SessionType.Easy).Value, 1e-9);
        Assert.Equal(LoadMethod.DurationEstimate, TrainingLoad.FromDuration(60, SessionType.Easy).Method);
    }

    [Fact]
    public void Cross_training_counts_its_factor_of_the_load_and_keeps_its_method()
    {
        var ride = TrainingLoad.FromDuration(60, SessionType.CrossTraining).AsCrossTraining(0.5);

        Assert.Equal(new ActivityLoad(0.65 * 0.65 * 100 * 0.5, LoadMethod.DurationEstimate), ride);
    }
}
