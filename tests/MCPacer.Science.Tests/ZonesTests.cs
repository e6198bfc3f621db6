using MCPacer.Science.Streams;
using MCPacer.Science.Zones;

namespace MCPacer.Science.Tests;

public class ZonesTests
{
    [Fact]
    public void Friel_heart_rate_zones_start_at_85_90_95_and_100_percent_of_threshold()
    {
        // Friel's run zones for LTHR 170: Z2 from 144.5, Z3 from 153, Z4 from 161.5, Z5 from 170.
        var zones = TrainingZones.HeartRateFromThreshold(170);

        Assert.Equal([0, 144.5, 153, 161.5, 170], zones.Zones.Select(z => Math.Round(z.Lower, 6)));
        Assert.Null(zones.Zones[4].Upper);
        Assert.Equal(1, zones.NumberOf(144));
        Assert.Equal(2, zones.NumberOf(150));
        Assert.Equal(5, zones.NumberOf(170));
    }

    [Fact]
    public void Zones_from_max_heart_rate_are_tenths_of_the_maximum()
    {
        var zones = TrainingZones.HeartRateFromMax(190);

        Assert.Equal([0, 114, 133, 152, 171], zones.Zones.Select(z => Math.Round(z.Lower, 6)));
    }

    [Fact]
    public void Friel_pace_zones_from_a_4_00_threshold()
    {
        // Z2 from 129 % of 240 s/km = 5:09.6/km, Z5 faster than 99 % = 3:57.6/km.
        var zones = TrainingZones.PaceFromThreshold(240);

        Assert.Equal(309.6, Pace.FromSpeed(zones.Zones[1].Lower), 1e-9);
        Assert.Equal(237.6, Pace.FromSpeed(zones.Zones[4].Lower), 1e-9);
        Assert.Equal(4, zones.NumberOf(Pace.ToSpeed(240)));
    }

    [Fact]
    public void Time_in_heart_rate_zones_adds_each_samples_interval_and_skips_a_pause()
    {
        // 10 min at 140 (Z1), 20 min at 150 (Z2), 5 min at 165 (Z4), a 5-minute pause, 5 min at 175 (Z5).
        var heartRate = new List<double>();
        var time = new List<double>();
        foreach (var (minutes, bpm) in new[] { (10, 140.0), (20, 150.0), (5, 165.0), (5, 175.0) })
        {
            for (var s = 0; s < minutes * 60; s++)
            {
                time.Add(time.Count == 0 ? 0 : time[^1] + (bpm == 175 && s == 0 ? 300 : 1));
                heartRate.Add(bpm);
            }
        }

        var seconds = TrainingZones.TimeIn(TrainingZones.HeartRateFromThreshold(170), time.ToArray(), heartRate.ToArray());

        Assert.Equal([599, 1200, 0, 300, 299], seconds);
    }

    [Fact]
    public void Time_in_pace_zones_leaves_standing_still_out()
    {
        // 20 min at 5:30/km (Z1, slower than 5:09.6), 10 min at 4:00 (Z4), 5 min standing.
        var time = TestStreams.Time(35 * 60 + 1);
        var velocity = time.Select(t => t <= 1200 ? 1000 / 330.0 : t <= 1800 ? 1000 / 240.0 : 0).ToArray();

        var seconds = TrainingZones.TimeIn(TrainingZones.PaceFromThreshold(240), time, velocity);

        Assert.Equal([1200, 0, 0, 600, 0], seconds);
    }

    [Fact]
    public void Decoupling_of_a_run_whose_heart_rate_drifts_from_140_to_147_is_4_8_percent()
    {
        // Friel's Pa:HR: same 3 m/s both halves, HR 140 then 147 → (1 − 140/147) × 100 = 4.762 %.
        // EF = 180 m/min / 143.5 bpm = 1.2544.
        var time = TestStreams.Time(3601);
        var velocity = TestStreams.Constant(time.Length, 3);
        var heartRate = time.Select(t => t <= 1800 ? 140.0 : 147.0).ToArray();

        var efficiency = AerobicEfficiency.Analyze(time, velocity, heartRate, [])!;

        Assert.Equal(4.762, efficiency.DecouplingPercent, 1e-3);
        Assert.Equal(180 / 140.0, efficiency.FirstHalfFactor, 1e-9);
        Assert.Equal(1.2544, efficiency.EfficiencyFactor, 1e-4);
        Assert.Equal(60, efficiency.MovingMinutes, 1e-9);
    }

    [Fact]
    public void Efficiency_is_not_reported_for_a_run_under_40_minutes()
    {
        var time = TestStreams.Time(39 * 60);

        Assert.Null(AerobicEfficiency.Analyze(time, TestStreams.Constant(time.Length, 3), TestStreams.Constant(time.Length, 140), []));
    }
}
