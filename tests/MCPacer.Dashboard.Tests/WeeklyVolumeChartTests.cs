using AngleSharp.Dom;
using Bunit;
using MCPacer.Contracts.Plans;
using MCPacer.Dashboard.Components;
using MCPacer.Dashboard.Preferences;

namespace MCPacer.Dashboard.Tests;

public sealed class WeeklyVolumeChartTests : DashboardContext
{
    static readonly DateOnly Race = new(2027, 4, 18);

    static readonly WeekAdherence[] Weeks =
    [
        Week(1, AdherenceStatus.WeekPast, planned: 40, actual: 38, score: 0.9),
        Week(2, AdherenceStatus.WeekPast, planned: 50, actual: 20, score: 0.4),
        Week(3, AdherenceStatus.WeekCurrent, planned: 45, actual: 30, score: 0.7),
        Week(4, AdherenceStatus.WeekUpcoming, planned: 60, actual: 0, score: null),
    ];

    [Fact]
    public void Planned_bars_are_as_tall_as_the_planned_distance()
    {
        var chart = RenderChart(DistanceUnit.Kilometres);

        var week1 = Height(Bar(chart, 1, ".mc-planned"));
        var week4 = Height(Bar(chart, 4, ".mc-planned"));

        Assert.Equal(60.0 / 40, week4 / week1, precision: 2);
        Assert.Equal(38.0 / 40, Height(Bar(chart, 1, ".mc-actual")) / week1, precision: 2);
    }

    [Fact]
    public void Actual_bars_are_green_on_plan_yellow_partly_red_off_plan_and_plain_before_the_week()
    {
        var chart = RenderChart(DistanceUnit.Kilometres);

        Assert.Contains("#2e7d32", Bar(chart, 1, ".mc-actual").GetAttribute("style"));
        Assert.Contains("#c62828", Bar(chart, 2, ".mc-actual").GetAttribute("style"));
        Assert.Contains("#f9a825", Bar(chart, 3, ".mc-actual").GetAttribute("style"));
        Assert.Contains("var(--rz-primary-lighter)", Bar(chart, 4, ".mc-actual").GetAttribute("style"));
    }

    [Fact]
    public void Only_the_current_week_is_marked_this_week_and_race_day_closes_the_chart()
    {
        var chart = RenderChart(DistanceUnit.Kilometres);

        var current = Assert.Single(chart.FindAll(".mc-current-week"));
        Assert.Equal("3", current.GetAttribute("data-week"));
        Assert.Contains("this week", current.TextContent);
        var race = chart.Find("[data-testid='race-marker']");
        Assert.Equal("race 18 Apr", race.TextContent.Trim());
        var lastWeekRight = Number(Bar(chart, 4, ".mc-planned").GetAttribute("x"));
        Assert.True(Number(race.QuerySelector("line")!.GetAttribute("x1")) > lastWeekRight, "race day is drawn after the last week");
    }

    [Fact]
    public void In_miles_the_axis_and_each_week_read_in_miles_with_the_same_bars()
    {
        var kilometres = Height(Bar(RenderChart(DistanceUnit.Kilometres), 1, ".mc-planned"));
        var chart = RenderChart(DistanceUnit.Miles);

        Assert.Contains("mi", chart.Find("svg > text").TextContent);
        Assert.Equal("Week 1 (4 Jan): 23.6 mi of 24.9 mi, compliance 90%", chart.Find("[data-week='1'] title").TextContent);
        Assert.Equal(kilometres, Height(Bar(chart, 1, ".mc-planned")), precision: 0);
    }

    [Fact]
    public void Clicking_a_week_opens_that_week()
    {
        int? opened = null;
        var chart = Render<WeeklyVolumeChart>(parameters => parameters
            .Add(c => c.Weeks, Weeks)
            .Add(c => c.OnWeek, week => opened = week));

        chart.Find("[data-week='2']").Click();

        Assert.Equal(2, opened);
    }

    IRenderedComponent<WeeklyVolumeChart> RenderChart(DistanceUnit units) =>
        Render<WeeklyVolumeChart>(parameters => parameters
            .Add(c => c.Weeks, Weeks)
            .Add(c => c.RaceDate, Race)
            .Add(c => c.Units, units));

    static IElement Bar(IRenderedComponent<WeeklyVolumeChart> chart, int week, string kind) =>
        chart.Find($"[data-week='{week}'] rect{kind}");

    static double Height(IElement bar) => Number(bar.GetAttribute("height"));

    static WeekAdherence Week(int number, string status, double planned, double actual, double? score) =>
        new(number, new DateOnly(2027, 1, 4).AddDays(7 * (number - 1)), status, planned, actual, 4, 3,
            score is { } s ? new WeekCompliance(s, s, null, s) : null, []);
}
