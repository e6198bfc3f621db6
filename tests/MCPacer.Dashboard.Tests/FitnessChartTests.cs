using Bunit;
using MCPacer.Contracts.Training;
using MCPacer.Dashboard.Components;

namespace MCPacer.Dashboard.Tests;

public sealed class FitnessChartTests : DashboardContext
{
    static readonly DateOnly Today = new(2027, 3, 1);
    static readonly DateOnly Race = new(2027, 3, 28);

    static TrainingLoadSeries History(double load = 60) => new(Today.AddDays(-13), Today,
        [.. Enumerable.Range(0, 14).Select(i => new TrainingLoadDay(Today.AddDays(i - 13), load, 40 + i, 50 + i, -10 + i % 3, 2, 1.1, "none"))],
        [], "LOAD CTL 53 (+2/wk) ATL 63 TSB -9 ACWR 1.10 | no ramp flags", new Dictionary<string, int>(), "TSB = yesterday's CTL - ATL");

    static FitnessProjection Projection(params ProjectedWeek[] tooFast) => new("spring-marathon", Race,
        [
            .. History().Days.Select(d => new ProjectedDay(d.Date, d.Load, d.Ctl, d.Atl, d.Tsb, false)),
            .. Enumerable.Range(1, 27).Select(i => new ProjectedDay(Today.AddDays(i), 55, 53 + i * 0.2, 60 - i, -7 + i * 0.8, true)),
        ],
        RaceDayForm: 14.6, RaceDayFitness: 58.4, PeakFitness: 61.2, PeakFitnessDate: new DateOnly(2027, 3, 14),
        Weeks: [], TooFast: tooFast, Summary: "", Basis: "rTSS from planned distance and pace");

    [Fact]
    public void With_the_projection_the_summary_gives_race_day_form_peak_fitness_and_the_weeks_that_ramp_too_fast()
    {
        var steep = new ProjectedWeek(new DateOnly(2027, 3, 8), 10, 480, 72, 30, ["load +18 % over the 3 weeks before", "long run +25 % over the longest of the 4 weeks before"]);

        var card = Render<FitnessChart>(p => p.Add(c => c.Projection, Projection(steep)));

        Assert.Equal("Race day Sun 28 Mar: form +15, fitness 58. Peak fitness 61 on 14 Mar; 1 planned week ramps too fast:",
            card.Find("[data-testid='fitness-summary']").TextContent.Trim());
        Assert.Equal("Week 10 (from 8 Mar): load +18 % over the 3 weeks before; long run +25 % over the longest of the 4 weeks before",
            card.Find("[data-testid='too-fast-week']").TextContent.Trim());
        Assert.Contains("planned", card.Find(".mc-legend").TextContent);
        Assert.Empty(card.FindAll("[data-testid='projection-missing']"));
        card.WaitForAssertion(() => Assert.Equal(3, card.FindAll("[data-testid='fitness-chart'] path[stroke-dasharray]").Count));
        Assert.Contains("race 28 Mar", card.Find("[data-testid='fitness-chart']").TextContent);
    }

    [Fact]
    public void A_plan_that_ramps_gently_says_no_week_ramps_too_fast()
    {
        var card = Render<FitnessChart>(p => p.Add(c => c.Projection, Projection()));

        Assert.EndsWith("no planned week ramps too fast.", card.Find("[data-testid='fitness-summary']").TextContent.Trim());
        Assert.Empty(card.FindAll("[data-testid='too-fast-week']"));
    }

    [Fact]
    public async Task Without_the_projection_the_history_is_charted_and_the_card_says_why()
    {
        var projection = await UnreachableService.PlansAsync(plans => plans.GetProjectionAsync("spring-marathon", Xunit.TestContext.Current.CancellationToken));

        var card = Render<FitnessChart>(p => p
            .Add(c => c.Projection, projection.Value)
            .Add(c => c.ProjectionProblem, projection.Problem)
            .Add(c => c.History, History()));

        Assert.Equal("Today: fitness 53, fatigue 63, form -9.", card.Find("[data-testid='fitness-summary']").TextContent.Trim());
        Assert.Equal("The projection to race day is not shown: The plans service cannot be reached.",
            card.Find("[data-testid='projection-missing']").TextContent.Trim());
        Assert.DoesNotContain("planned", card.Find(".mc-legend").TextContent);
        card.WaitForAssertion(() => Assert.NotEmpty(card.FindAll("[data-testid='fitness-chart'] path")));
        Assert.Empty(card.FindAll("[data-testid='fitness-chart'] path[stroke-dasharray]"));
    }

    [Fact]
    public void Before_any_run_is_synced_the_card_says_there_is_no_fitness_yet()
    {
        var card = Render<FitnessChart>(p => p.Add(c => c.History, History(load: 0) with
        {
            Days = [.. History().Days.Select(d => d with { Load = 0, Ctl = 0, Atl = 0, Tsb = 0 })],
        }));

        Assert.StartsWith("No synced runs yet", card.Find("[data-testid='fitness-missing']").TextContent.Trim());
        Assert.Empty(card.FindAll("[data-testid='fitness-chart']"));
    }

    [Fact]
    public async Task When_strava_is_down_too_the_card_says_so_instead_of_an_empty_chart()
    {
        var history = await UnreachableService.StravaAsync(strava => strava.GetTrainingLoadAsync(null, null, Xunit.TestContext.Current.CancellationToken));

        var card = Render<FitnessChart>(p => p.Add(c => c.History, history.Value).Add(c => c.HistoryProblem, history.Problem));

        Assert.Equal("Fitness, fatigue and form cannot be shown: The strava service cannot be reached.",
            card.Find("[data-testid='fitness-missing']").TextContent.Trim());
    }
}
