using MCPacer.Contracts.Strava;
using MCPacer.Dashboard.Preferences;
using MCPacer.Dashboard.Runs;

namespace MCPacer.Dashboard.Tests;

public sealed class MileSplitsTests
{
    const double Mile = Measures.MetresPerMile;

    [Fact]
    public void An_even_run_of_three_and_a_half_miles_has_three_equal_miles_and_the_half_mile_left()
    {
        // 4 m/s, one sample every 10 s: the mile boundaries fall between samples and are interpolated.
        var splits = MileSplits.From(Streams(Samples(seconds: 1408, metresPerSecond: 4)));

        Assert.Equal([1, 2, 3, 4], splits.Select(s => s.Km));
        Assert.All(splits.Take(3), s => Assert.Equal(402, s.MovingTimeSeconds)); // 1609.344 m / 4 m/s
        Assert.All(splits.Take(3), s => Assert.Equal(Mile / 1000, s.DistanceKm, 6));
        Assert.Equal(0.5 * Mile / 1000, splits[3].DistanceKm, 2);
        Assert.InRange(splits[3].MovingTimeSeconds, 200, 201);
    }

    [Fact]
    public void A_stop_at_a_crossing_does_not_count_as_moving_time()
    {
        // 4 m/s with two minutes standing still after 800 m: the watch keeps recording, the distance does not grow.
        var time = Enumerable.Range(0, 95).Select(i => i * 10).ToList();
        var distance = time.Select(t => t <= 200 ? t * 4.0 : t <= 320 ? 800 : (t - 120) * 4.0).ToList();
        var moving = time.Select(t => t is <= 200 or > 320).ToList();

        var splits = MileSplits.From(Streams((time, distance)) with { Moving = moving });

        Assert.Equal(402, splits[0].MovingTimeSeconds);
        Assert.Equal(402, splits[1].MovingTimeSeconds);
    }

    [Fact]
    public void Heart_rate_is_averaged_over_the_mile_and_climb_is_the_altitude_gained_in_it()
    {
        var (time, distance) = Samples(seconds: 810, metresPerSecond: 4);
        var streams = Streams((time, distance)) with
        {
            Heartrate = time.Select(t => t < 402 ? 140 : 160).ToList(),
            Altitude = distance.Select(d => d < Mile ? 100 + d / 100 : 116.09344).ToList(),
        };

        var splits = MileSplits.From(streams);

        Assert.Equal(2, splits.Count);
        Assert.InRange(splits[0].AverageHeartrate!.Value, 140, 141);
        Assert.InRange(splits[1].AverageHeartrate!.Value, 159, 160);
        Assert.Equal(16, splits[0].ElevationDifferenceM, 0);
        Assert.Equal(0, splits[1].ElevationDifferenceM, 6);
    }

    [Fact]
    public void A_last_bit_under_fifty_metres_is_not_a_split_and_no_distance_stream_means_no_splits()
    {
        var justOverAMile = Streams(([0, 100, 200, 300, 410], [0, 400, 800, 1200, Mile + 30]));
        Assert.Single(MileSplits.From(justOverAMile));

        Assert.Empty(MileSplits.From(Streams(([0, 10, 20], [0, 40, 80])) with { Distance = null }));
    }

    static (List<int> Time, List<double> Distance) Samples(int seconds, double metresPerSecond)
    {
        var time = Enumerable.Range(0, seconds / 10 + 1).Select(i => i * 10).ToList();
        if (time[^1] != seconds)
        {
            time.Add(seconds);
        }

        return (time, time.Select(t => t * metresPerSecond).ToList());
    }

    static StravaActivityStreams Streams((List<int> Time, List<double> Distance) samples) =>
        new(1, samples.Time.Count, samples.Time.Count, samples.Time, samples.Distance,
            null, null, null, null, null, null, null);
}
