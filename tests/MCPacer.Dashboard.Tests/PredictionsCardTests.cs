using Bunit;
using MCPacer.Contracts.Training;
using MCPacer.Dashboard.Components;
using MCPacer.Dashboard.Preferences;

namespace MCPacer.Dashboard.Tests;

public sealed class PredictionsCardTests : DashboardContext
{
    // Daniels' tables at VDOT 50: 5k 19:57, 10k 41:21, half 1:31:35, marathon 3:10:49.
    static readonly RacePredictions Vdot50 = new(50, "best effort: 10 km in 41:21 within \"Parkrun double\" on 2027-02-20 (the highest VDOT of the last 8 weeks)",
    [
        new("5k", 5, 1197, "19:57", 1187, "19:47", null, null),
        new("10k", 10, 2481, "41:21", 2481, "41:21", null, null),
        new("Half marathon", 21.0975, 5495, "1:31:35", 5498, "1:31:38", null, null),
        new("Marathon", 42.195, 11449, "3:10:49", 11462, "3:11:02", 12022, "3:20:22"),
    ],
    new MarathonReadinessResult(5, ["the longest run of the last 12 weeks is 24 km (a marathon wants 30 km or more)"]),
    new TrainingPaceSet(50, "5:45-5:05/km", "4:31/km", "4:15/km", "3:55/km", "3:38/km"));

    IRenderedComponent<PredictionsCard> RenderCard(Fetched<RacePredictions> predictions, DistanceUnit units = DistanceUnit.Kilometres) =>
        Render<PredictionsCard>(p => p.Add(c => c.Predictions, predictions).Add(c => c.Units, units));

    [Fact]
    public void The_card_shows_the_vdot_and_its_basis_the_race_times_with_riegel_the_marathon_discount_and_the_paces()
    {
        var card = RenderCard(new(Vdot50, null));

        Assert.Equal("VDOT 50.0", card.Find("[data-testid='vdot']").TextContent.Trim());
        Assert.Contains("10 km in 41:21 within \"Parkrun double\"", card.Find("[data-testid='vdot-basis']").TextContent);
        var half = card.Find("[data-race='Half marathon']").TextContent;
        Assert.Contains("1:31:35", half);
        Assert.Contains("1:31:38", half);
        var marathon = card.Find("[data-race='Marathon']").TextContent;
        Assert.Contains("3:20:22", marathon);
        Assert.Contains("3:10:49 if ready", marathon);
        Assert.Contains("Marathon readiness: 5 % slower than the VDOT time:", card.Find("[data-testid='readiness']").TextContent);
        Assert.Contains("the longest run of the last 12 weeks is 24 km", card.Find(".mc-reasons").TextContent);
        var paces = card.Find("[data-testid='training-paces']").TextContent;
        Assert.Contains("5:45–5:05 /km", paces);
        Assert.Contains("4:15 /km", paces);
    }

    [Fact]
    public void In_miles_the_training_paces_are_per_mile()
    {
        var card = RenderCard(new(Vdot50, null), DistanceUnit.Miles);

        // Threshold 4:15/km is 6:50 a mile.
        Assert.Contains("6:50 /mi", card.Find("[data-testid='training-paces']").TextContent);
    }

    [Fact]
    public void Without_a_race_or_hard_run_the_card_says_there_is_no_vdot_and_why()
    {
        var none = new RacePredictions(null, "no race and no run with stored streams of 1500 m or more in the last 8 weeks", [], null, null);

        var card = RenderCard(new(none, null));

        Assert.Equal("No VDOT yet: no race and no run with stored streams of 1500 m or more in the last 8 weeks.",
            card.Find("[data-testid='predictions-missing']").TextContent.Trim());
        Assert.Empty(card.FindAll("[data-testid='race-predictions']"));
    }

    [Fact]
    public async Task When_strava_is_down_the_card_says_so()
    {
        var card = RenderCard(await UnreachableService.StravaAsync(strava => strava.GetPredictionsAsync(Xunit.TestContext.Current.CancellationToken)));

        Assert.Equal("Predictions and paces cannot be shown: The strava service cannot be reached.",
            card.Find("[data-testid='predictions-missing']").TextContent.Trim());
    }
}
