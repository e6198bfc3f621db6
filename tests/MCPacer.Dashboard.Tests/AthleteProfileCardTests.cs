using Bunit;
using MCPacer.Contracts.Training;
using MCPacer.Dashboard.Components;

namespace MCPacer.Dashboard.Tests;

/// <summary>The athlete's physiology on the dashboard: each value with its source, saved through the strava service, its refusals shown by field.</summary>
public sealed class AthleteProfileCardTests : DashboardContext
{
    const string Profile = "/api/strava/athlete/profile";

    static readonly AthleteProfile Estimated = new(
        new ProfileValue(186, "186 bpm", ProfileSources.Estimated, "95th percentile of the streams' peaks, last 12 weeks"),
        new ProfileValue(null, "unknown", ProfileSources.Unknown, null),
        new ProfileValue(168, "168 bpm", ProfileSources.Set, null),
        new ProfileValue(245, "4:05/km", ProfileSources.Estimated, "best 30 to 60 minutes, last 12 weeks"),
        ProfileSexes.Female, null);

    IRenderedComponent<AthleteProfileCard> RenderCard(Fetched<AthleteProfile> profile) =>
        Render<AthleteProfileCard>(p => p.Add(c => c.Profile, profile));

    static string Text(IRenderedComponent<AthleteProfileCard> card, string testId) => card.Find($"[data-testid='{testId}']").TextContent.Trim();

    [Fact]
    public void Each_value_shows_its_source_and_only_the_runners_own_values_fill_the_boxes()
    {
        var card = RenderCard(new(Estimated, null));

        Assert.Equal("186 bpm, estimated: 95th percentile of the streams' peaks, last 12 weeks", Text(card, "source-maxHeartrate"));
        Assert.Equal("unknown: set it, or sync runs with heart rate and pace", Text(card, "source-restingHeartrate"));
        Assert.Equal("168 bpm, set by you", Text(card, "source-thresholdHeartrate"));
        Assert.Equal("4:05/km, estimated: best 30 to 60 minutes, last 12 weeks", Text(card, "source-thresholdPace"));
        Assert.Equal("168", card.Find("[data-testid='field-thresholdHeartrate'] input").GetAttribute("value"));
        Assert.True(string.IsNullOrEmpty(card.Find("[data-testid='field-maxHeartrate'] input").GetAttribute("value")));
    }

    [Fact]
    public void Saving_sends_the_runners_values_with_empty_ones_left_to_the_estimate_and_shows_the_profile_that_comes_back()
    {
        var saved = Estimated with
        {
            MaxHeartrate = new(191, "191 bpm", ProfileSources.Set, null),
            ThresholdPace = new(240, "4:00/km", ProfileSources.Set, null),
        };
        Strava.Answer("PUT", Profile, saved);
        var card = RenderCard(new(Estimated, null));

        card.Find("[data-testid='field-maxHeartrate'] input").Change("191");
        card.Find("[data-testid='field-thresholdPace'] input").Change("4:00");
        card.Find("form").Submit();

        var sent = Strava.Sent.Single();
        Assert.Equal(("PUT", Profile), (sent.Method, sent.Path));
        Assert.Equal("{\"maxHeartrate\":191,\"restingHeartrate\":null,\"thresholdHeartrate\":168,\"thresholdPace\":\"4:00\",\"sex\":\"female\"}", sent.Body);
        card.WaitForAssertion(() => Assert.Equal("191 bpm, set by you", Text(card, "source-maxHeartrate")));
        Assert.Equal("4:00/km, set by you", Text(card, "source-thresholdPace"));
        Assert.StartsWith("Saved.", Text(card, "profile-message"));
    }

    [Fact]
    public void A_value_the_service_refuses_is_shown_under_its_field_and_what_was_typed_stays()
    {
        Strava.Refuse("PUT", Profile, 400, "One or more validation errors occurred.", new Dictionary<string, string[]>
        {
            ["thresholdHeartrate"] = ["Heart rates go resting < threshold < max: thresholdHeartrate 168 is not above restingHeartrate 175."],
        });
        var card = RenderCard(new(Estimated, null));

        card.Find("[data-testid='field-restingHeartrate'] input").Change("175");
        card.Find("form").Submit();

        card.WaitForAssertion(() => Assert.Equal(
            "Heart rates go resting < threshold < max: thresholdHeartrate 168 is not above restingHeartrate 175.", Text(card, "error-thresholdHeartrate")));
        Assert.Equal("Not saved: see the fields marked.", Text(card, "profile-message"));
        Assert.Equal("175", card.Find("[data-testid='field-restingHeartrate'] input").GetAttribute("value"));
        Assert.Empty(card.FindAll("[data-testid='error-maxHeartrate']"));
    }

    [Fact]
    public void A_heart_rate_out_of_range_is_stopped_in_the_form_before_anything_is_sent()
    {
        var card = RenderCard(new(Estimated, null));

        card.Find("[data-testid='field-maxHeartrate'] input").Change("400");
        card.Find("form").Submit();

        Assert.Empty(Strava.Sent);
        Assert.Contains("A heart rate is 30 to 250 bpm.", card.Find("[data-testid='field-maxHeartrate']").TextContent);
    }

    [Fact]
    public async Task With_strava_down_the_card_says_so_and_a_save_keeps_what_was_typed()
    {
        Strava.Down = true;
        var unreachable = await UnreachableService.StravaAsync(s => s.GetAthleteProfileAsync(Xunit.TestContext.Current.CancellationToken));

        Assert.Equal("The athlete profile cannot be shown: The strava service cannot be reached.", Text(RenderCard(unreachable), "profile-missing"));

        var card = RenderCard(new(Estimated, null));
        card.Find("[data-testid='field-maxHeartrate'] input").Change("190");
        card.Find("form").Submit();

        card.WaitForAssertion(() => Assert.Equal(
            "Not saved: The strava service cannot be reached. Your values are kept here; try again in a moment.", Text(card, "profile-message")));
        Assert.Equal("190", card.Find("[data-testid='field-maxHeartrate'] input").GetAttribute("value"));
    }
}
