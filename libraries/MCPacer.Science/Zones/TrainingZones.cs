using System.Globalization;
using MCPacer.Science.Load;
using MCPacer.Science.Streams;

namespace MCPacer.Science.Zones;

/// <summary>The five heart-rate and pace zones MCPacer uses.</summary>
public static class TrainingZones
{
    /// <summary>
    /// Friel's run heart-rate zones from lactate-threshold heart rate (Friel, The Triathlete's Training Bible; "Quick
    /// guide to setting zones"): Z1 below 85 %, Z2 85–89 %, Z3 90–94 %, Z4 95–99 %, Z5 from 100 % of LTHR (Friel's
    /// 5a, 5b and 5c merged).
    /// </summary>
    public static ZoneSet HeartRateFromThreshold(double thresholdBpm) => ZoneSet.FromLowerBounds(
        ZoneMeasure.HeartRate, string.Create(CultureInfo.InvariantCulture, $"Friel run zones from threshold heart rate {thresholdBpm:0}"),
        0.85 * thresholdBpm, 0.90 * thresholdBpm, 0.95 * thresholdBpm, thresholdBpm);

    /// <summary>
    /// Five zones of 10 % of maximum heart rate (Edwards, The Heart Rate Monitor Book, 1993): Z1 below 60 %, Z2
    /// 60–70 %, Z3 70–80 %, Z4 80–90 %, Z5 from 90 %. For athletes without a threshold heart rate.
    /// </summary>
    public static ZoneSet HeartRateFromMax(double maxBpm) => ZoneSet.FromLowerBounds(
        ZoneMeasure.HeartRate, string.Create(CultureInfo.InvariantCulture, $"Edwards' five zones of maximum heart rate {maxBpm:0}"),
        0.60 * maxBpm, 0.70 * maxBpm, 0.80 * maxBpm, 0.90 * maxBpm);

    /// <summary>
    /// Friel's run pace zones from threshold pace, as % of threshold pace (time per km): Z1 slower than 129 %, Z2
    /// 114–129 %, Z3 106–113 %, Z4 99–105 %, Z5 faster than 99 % (Friel's 5a–5c merged). Kept as speed (m/s).
    /// </summary>
    public static ZoneSet PaceFromThreshold(double thresholdPaceSecondsPerKm)
    {
        var speed = Pace.ToSpeed(thresholdPaceSecondsPerKm);
        return ZoneSet.FromLowerBounds(
            ZoneMeasure.Speed, string.Create(CultureInfo.InvariantCulture, $"Friel run pace zones from threshold pace {thresholdPaceSecondsPerKm:0} s/km"),
            speed / 1.29, speed / 1.14, speed / 1.06, speed / 0.99);
    }

    /// <summary>
    /// Seconds spent in each zone (index 0 = zone 1) over a time stream and a heart-rate or velocity stream. Each
    /// sample counts for the interval it stands for (<see cref="SampleIntervals"/>); for speed zones standing still
    /// (below <see cref="GradedSpeed.StoppedBelowMetersPerSecond"/>) counts in no zone.
    /// </summary>
    public static double[] TimeIn(ZoneSet zones, ReadOnlySpan<double> timeSeconds, ReadOnlySpan<double> values)
    {
        var seconds = new double[zones.Zones.Count];
        for (var i = 1; i < timeSeconds.Length; i++)
        {
            var dt = zones.Measure == ZoneMeasure.Speed
                ? GradedSpeed.MovingSeconds(timeSeconds, values, i)
                : SampleIntervals.Seconds(timeSeconds, i);
            seconds[zones.NumberOf(values[i]) - 1] += dt;
        }

        return seconds;
    }
}
