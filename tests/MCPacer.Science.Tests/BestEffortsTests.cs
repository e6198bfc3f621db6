using MCPacer.Science.Efforts;

namespace MCPacer.Science.Tests;

public class BestEffortsTests
{
    /// <summary>10 km at 5:00/km with the fourth kilometre at 4:00/km, one sample every 5 s (7 s would do as well).</summary>
    static (double[] Time, double[] Distance) TenKWithAFastKilometre()
    {
        var time = TestStreams.Time(2940 / 5 + 1, 5);
        var distance = time.Select(t => t <= 900 ? t / 0.3 : t <= 1140 ? 3000 + (t - 900) / 0.24 : 4000 + (t - 1140) / 0.3).ToArray();
        return (time, distance);
    }

    [Fact]
    public void The_fastest_kilometre_and_the_longer_efforts_around_it_are_found()
    {
        var (time, distance) = TenKWithAFastKilometre();

        var efforts = BestEfforts.All(time, distance).ToDictionary(e => e.Distance.Name);

        Assert.Equal(240, efforts["1k"].Seconds, 1e-6);
        Assert.Equal(900, efforts["1k"].StartSeconds, 1e-6);
        Assert.Equal(96, efforts["400m"].Seconds, 1e-6);
        Assert.Equal(240 + 609.344 * 0.3, efforts["1 mile"].Seconds, 1e-6);
        Assert.Equal(240 + 4000 * 0.3, efforts["5k"].Seconds, 1e-6);
        Assert.Equal(2940, efforts["10k"].Seconds, 1e-6);
        Assert.False(efforts.ContainsKey("half marathon"));
    }

    [Fact]
    public void A_kilometre_between_samples_is_interpolated()
    {
        // Samples every 7 s never land on the fast kilometre's ends; interpolation keeps it within a second.
        var time = TestStreams.Time(2940 / 7 + 1, 7);
        var distance = time.Select(t => t <= 900 ? t / 0.3 : t <= 1140 ? 3000 + (t - 900) / 0.24 : 4000 + (t - 1140) / 0.3).ToArray();

        var kilometre = BestEfforts.Fastest(time, distance, RaceDistances.OneK)!.Value;

        Assert.Equal(240, kilometre.Seconds, 1.0);
    }

    [Fact]
    public void A_gps_jump_splits_the_stream_and_a_stop_only_slows_the_stretch_around_it()
    {
        var (time, distance) = TenKWithAFastKilometre();
        // 500 m in one 5-second sample at 8 km (100 m/s), and a 10-minute stop at 6 km.
        var jumped = distance.Select((d, i) => time[i] >= 2340 ? d + 500 : d).ToArray();
        var stopped = time.Select(t => t > 1740 ? t + 600 : t).ToArray();

        Assert.Equal(96, BestEfforts.Fastest(time, jumped, RaceDistances.FourHundred)!.Value.Seconds, 1e-6);
        Assert.Equal(240, BestEfforts.Fastest(stopped, distance, RaceDistances.OneK)!.Value.Seconds, 1e-6);
        Assert.Equal(2940 + 600, BestEfforts.Fastest(stopped, distance, RaceDistances.TenK)!.Value.Seconds, 1e-6);
        Assert.Null(BestEfforts.Fastest(time, jumped, RaceDistances.TenK));
    }
}
