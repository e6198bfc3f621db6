using Bunit;
using MCPacer.Contracts.Training;
using MCPacer.Dashboard.Components;

namespace MCPacer.Dashboard.Tests;

/// <summary>The runner rates a session on the run page: the rating is saved through the strava service and the load shown is the new one.</summary>
public sealed class SessionRpeInputTests : DashboardContext
{
    const string Rpe = "/api/strava/activities/42/rpe";

    static readonly ActivityTrainingLoad Estimated = new(42, new DateOnly(2027, 3, 1), "Run", "Easy run (watch forgotten)", 38.5,
        LoadMethods.DurationEstimate, "estimated from 45 min as Easy at intensity factor 0.72 (no streams stored)", null, 1, null);

    IRenderedComponent<RunEffort> RenderEffort(ActivityTrainingLoad load, Action<ActivityTrainingLoad>? changed = null) =>
        Render<RunEffort>(p => p
            .Add(c => c.Zones, new Fetched<ZoneReport>(new ZoneReport(42, null, null, null, "Strava has no streams for this activity."), null))
            .Add(c => c.Load, new Fetched<ActivityTrainingLoad>(load, null))
            .Add(c => c.LoadChanged, changed ?? (_ => { })));

    [Fact]
    public void A_rating_is_saved_and_the_load_measured_from_it_comes_back_to_the_page()
    {
        var rated = Estimated with { Load = 64.3, Method = LoadMethods.SessionRpe, Basis = "session RPE (Foster): 6 x 45 min / 4.2", SessionRpe = 6 };
        Strava.Answer("PUT", Rpe, rated);
        ActivityTrainingLoad? shown = null;
        var effort = RenderEffort(Estimated, load => shown = load);

        effort.Find("[data-testid='session-rpe'] input").Change("6");
        effort.Find("[data-testid='session-rpe-save']").Click();

        Assert.Equal(("PUT", Rpe, "{\"rpe\":6}"), Strava.Sent.Single());
        Assert.Equal(rated, shown);
        effort.WaitForAssertion(() => Assert.Equal("Saved: load 64 (sessionRPE).", effort.Find("[data-testid='session-rpe-message']").TextContent.Trim()));
    }

    [Fact]
    public void A_rating_already_given_is_shown_and_emptying_it_clears_it()
    {
        Strava.Answer("PUT", Rpe, Estimated);
        var effort = RenderEffort(Estimated with { SessionRpe = 8, Method = LoadMethods.SessionRpe });

        Assert.Equal("8", effort.Find("[data-testid='session-rpe'] input").GetAttribute("value"));
        effort.Find("[data-testid='session-rpe'] input").Change("");
        effort.Find("[data-testid='session-rpe-save']").Click();

        Assert.Equal("{\"rpe\":null}", Strava.Sent.Single().Body);
    }

    [Fact]
    public void A_rating_the_service_refuses_says_why_and_the_load_stays()
    {
        Strava.Refuse("PUT", Rpe, 404, "Activity not found");
        var changed = false;
        var effort = RenderEffort(Estimated, _ => changed = true);

        effort.Find("[data-testid='session-rpe'] input").Change("5");
        effort.Find("[data-testid='session-rpe-save']").Click();

        effort.WaitForAssertion(() => Assert.Equal("Not saved: Activity not found", effort.Find("[data-testid='session-rpe-message']").TextContent.Trim()));
        Assert.False(changed);
        Assert.Equal("Load 39 (duration)", effort.Find("[data-testid='run-load']").TextContent.Trim());
    }

    [Fact]
    public void With_strava_down_the_rating_is_kept_in_the_box_and_the_runner_told_to_retry()
    {
        Strava.Down = true;
        var effort = RenderEffort(Estimated);

        effort.Find("[data-testid='session-rpe'] input").Change("7");
        effort.Find("[data-testid='session-rpe-save']").Click();

        effort.WaitForAssertion(() => Assert.Equal("Not saved: The strava service cannot be reached. Try again in a moment.",
            effort.Find("[data-testid='session-rpe-message']").TextContent.Trim()));
        Assert.Equal("7", effort.Find("[data-testid='session-rpe'] input").GetAttribute("value"));
    }
}
