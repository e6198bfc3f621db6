using AngleSharp.Dom;
using Bunit;
using MCPacer.Contracts.Strava;
using MCPacer.Dashboard.Components;
using MCPacer.Dashboard.Preferences;

namespace MCPacer.Dashboard.Tests;

public sealed class LapBarsTests : DashboardContext
{
    // A small interval session: warm-up, a fast rep, a jog, a cool-down without heart rate.
    static readonly RunLap[] Laps =
    [
        Lap(1, "Warm-up", km: 2.0, seconds: 660, hr: 130),
        Lap(2, "Rep", km: 1.0, seconds: 240, hr: 170),
        Lap(3, "Jog", km: 0.5, seconds: 180, hr: 150),
        Lap(4, "Cool-down", km: 1.0, seconds: 330, hr: null),
    ];

    [Fact]
    public void Each_bar_is_as_wide_as_its_lap_is_long()
    {
        var bars = RenderBars(DistanceUnit.Kilometres);

        // Each bar leaves a 1-unit gap to the next.
        var widths = Enumerable.Range(1, 4).Select(lap => Number(Bar(bars, lap).GetAttribute("width")) + 1).ToArray();

        Assert.Equal(2.0, widths[0] / widths[1], precision: 2);
        Assert.Equal(0.5, widths[2] / widths[1], precision: 2);
        Assert.Equal(600, widths.Sum(), precision: 0);
    }

    [Fact]
    public void A_faster_lap_stands_taller_and_laps_at_the_same_pace_stand_as_tall()
    {
        var bars = RenderBars(DistanceUnit.Kilometres);

        var heights = Enumerable.Range(1, 4).ToDictionary(lap => lap, lap => Number(Bar(bars, lap).GetAttribute("height")));

        Assert.True(heights[2] > heights[1] && heights[1] > heights[3],
            $"rep 4:00 > warm-up 5:30 > jog 6:00 /km, got {string.Join(", ", heights.Values)}");
        Assert.Equal(heights[1], heights[4]);
    }

    [Fact]
    public void The_hardest_lap_is_red_the_easiest_blue_and_a_lap_without_heart_rate_grey()
    {
        var bars = RenderBars(DistanceUnit.Kilometres);

        Assert.Contains("hsl(220, 70%, 50%)", Bar(bars, 1).GetAttribute("style"));
        Assert.Contains("hsl(0, 70%, 50%)", Bar(bars, 2).GetAttribute("style"));
        Assert.Contains("hsl(110, 70%, 50%)", Bar(bars, 3).GetAttribute("style"));
        Assert.Contains("var(--rz-base-400)", Bar(bars, 4).GetAttribute("style"));
    }

    [Fact]
    public void Each_bar_names_its_lap_distance_pace_and_heart_rate_in_the_chosen_unit()
    {
        Assert.Equal("Rep: 1.00 km at 4:00 /km, 170 bpm", Bar(RenderBars(DistanceUnit.Kilometres), 2).TextContent.Trim());
        Assert.Equal("Rep: 0.62 mi at 6:26 /mi, 170 bpm", Bar(RenderBars(DistanceUnit.Miles), 2).TextContent.Trim());
        Assert.Equal("Cool-down: 1.00 km at 5:30 /km", Bar(RenderBars(DistanceUnit.Kilometres), 4).TextContent.Trim());
    }

    IRenderedComponent<LapBars> RenderBars(DistanceUnit units) =>
        Render<LapBars>(parameters => parameters.Add(c => c.Laps, Laps).Add(c => c.Units, units));

    static IElement Bar(IRenderedComponent<LapBars> bars, int lap) => bars.Find($"rect[data-lap='{lap}']");

    static RunLap Lap(int index, string name, double km, int seconds, double? hr) =>
        new(index, name, km, seconds, null, hr, hr + 8, 0, 86);
}
