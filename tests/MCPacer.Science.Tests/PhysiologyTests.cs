using MCPacer.Science.Physiology;
using MCPacer.Science.Streams;

namespace MCPacer.Science.Tests;

public class PhysiologyTests
{
    [Fact]
    public void A_two_second_spike_does_not_count_but_ten_seconds_held_does()
    {
        var time = TestStreams.Time(600);
        var heartRate = time.Select(t => t is 100 or 101 ? 221.0 : t is >= 400 and < 410 ? 185 : 150).ToArray();

        Assert.Equal(185, MaxHeartRateEstimate.SustainedMax(time, heartRate));
    }

    [Fact]
    public void Max_heart_rate_is_the_95th_percentile_of_activity_maxima_without_artefacts()
    {
        // 240 is a strap artefact and is dropped; of the 7 left, rank 0.95 × 6 = 5.7: 186 + 0.7 × (188 − 186) = 187.4.
        var estimate = MaxHeartRateEstimate.FromActivityMaxima([170, 175, 180, 182, 185, 186, 188, 240])!;

        Assert.Equal(187.4, estimate.Bpm, 1e-9);
        Assert.Equal(7, estimate.ActivitiesUsed);
        Assert.StartsWith("estimated", estimate.Basis);
        Assert.Null(MaxHeartRateEstimate.FromActivityMaxima([250]));
    }

    [Fact]
    public void Threshold_comes_from_the_best_40_minute_effort_carried_to_an_hour()
    {
        // 10 min at 5:00/km, then 40 min at 4:00/km (HR 160 for 10 minutes, then 168). Riegel's law carries 4:00 for
        // 40 minutes to an hour: 240 / (40/60)^(1/1.06 − 1) = 245.57 s/km. Heart rate after the effort's first 10 minutes: 168.
        var time = TestStreams.Time(3001);
        var velocity = time.Select(t => t <= 600 ? 1000 / 300.0 : 1000 / 240.0).ToArray();
        var heartRate = time.Select(t => t <= 600 ? 140.0 : t <= 1200 ? 160 : 168).ToArray();
        var run = new RecordedRun("Tempo Tuesday, 2026-05-05", time, TestStreams.Distance(time, velocity), heartRate);

        var estimate = ThresholdEstimate.FromRuns([run])!;

        Assert.Equal(245.57, estimate.PaceSecondsPerKm, 0.01);
        Assert.Equal(168, estimate.HeartRateBpm!.Value, 1e-9);
        Assert.Contains("Tempo Tuesday", estimate.Basis);
        Assert.StartsWith("estimated", estimate.Basis);
    }

    [Fact]
    public void No_threshold_without_a_run_of_30_minutes()
    {
        var time = TestStreams.Time(29 * 60);
        var run = new RecordedRun("short", time, TestStreams.Distance(time, TestStreams.Constant(time.Length, Pace.ToSpeed(240))), null);

        Assert.Null(ThresholdEstimate.FromRuns([run]));
    }
}
