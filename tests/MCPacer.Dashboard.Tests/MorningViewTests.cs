using Bunit;
using MCPacer.Contracts.Plans;
using MCPacer.Contracts.Strava;
using MCPacer.Contracts.Training;
using MCPacer.Dashboard.Components;
using MCPacer.Dashboard.Preferences;

namespace MCPacer.Dashboard.Tests;

/// <summary>The cards of Home's morning view, each with its data, without it, and with its service down.</summary>
public sealed class MorningViewTests : DashboardContext
{
    static readonly DateOnly Tuesday = new(2027, 3, 2);

    static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    static readonly RacePredictions Vdot50 = new(50, "race: \"Spring 10k\"", [], null,
        new TrainingPaceSet(50, "5:45-5:05/km", "4:31/km", "4:15/km", "3:55/km", "3:38/km"));

    static readonly RacePredictions NoVdot = new(null, "no race and no run with stored streams of 1500 m or more in the last 8 weeks", [], null, null);

    static TrainingPlan Plan(params PlannedRun[] runs) => new("spring-marathon", "r1", "Spring marathon", null, new DateOnly(2027, 3, 1), null,
        [new PlanWeek(1, new DateOnly(2027, 3, 1), null, "base", [], runs)], false, []);

    static PlannedRun Run(DateOnly date, string type, double km, string? pace = null, string? structure = null) =>
        new(date, 0, date.DayOfWeek.ToString(), type, km, pace, structure, null, null);

    IRenderedComponent<TodaySession> RenderToday(Fetched<TrainingPlan> plan, Fetched<RacePredictions>? predictions, DistanceUnit units = DistanceUnit.Kilometres) =>
        Render<TodaySession>(p => p.Add(c => c.Plan, plan).Add(c => c.Predictions, predictions).Add(c => c.Today, Tuesday).Add(c => c.Units, units));

    [Fact]
    public void Today_s_session_shows_the_plan_s_target_pace_beside_the_vdot_pace_for_its_type()
    {
        var plan = Plan(Run(Tuesday, RunTypes.Easy, 10, "5:30", "Relaxed, conversational"), Run(Tuesday.AddDays(2), RunTypes.Tempo, 8, "4:15"));

        var today = RenderToday(new(plan, null), new(Vdot50, null));

        var run = today.Find("[data-testid='today-run']");
        Assert.Contains("Easy · 10.0 km", run.TextContent);
        Assert.Equal("Plan: 5:30 /km", run.QuerySelector("[data-testid='target-pace']")!.TextContent.Trim());
        Assert.Equal("VDOT 50.0 easy: 5:45–5:05 /km", run.QuerySelector("[data-testid='vdot-pace']")!.TextContent.Trim());
        Assert.Contains("Relaxed, conversational", run.TextContent);
        Assert.Contains("Tuesday 2 March", today.Markup);
    }

    [Fact]
    public void In_miles_today_s_distance_and_both_paces_are_per_mile()
    {
        var plan = Plan(Run(Tuesday, RunTypes.Tempo, 8, "4:15"));

        var run = RenderToday(new(plan, null), new(Vdot50, null), DistanceUnit.Miles).Find("[data-testid='today-run']");

        Assert.Contains("Tempo · 5.0 mi", run.TextContent);
        Assert.Equal("Plan: 6:50 /mi", run.QuerySelector("[data-testid='target-pace']")!.TextContent.Trim());
        Assert.Equal("VDOT 50.0 threshold: 6:50 /mi", run.QuerySelector("[data-testid='vdot-pace']")!.TextContent.Trim());
    }

    [Fact]
    public void Today_s_session_shows_before_its_vdot_pace_is_worked_out()
    {
        var today = RenderToday(new(Plan(Run(Tuesday, RunTypes.Easy, 10, "5:30")), null), predictions: null);

        Assert.Equal("Plan: 5:30 /km", today.Find("[data-testid='target-pace']").TextContent.Trim());
        Assert.Equal("Working out the VDOT pace…", today.Find("[data-testid='vdot-pace']").TextContent.Trim());
    }

    [Fact]
    public void A_rest_day_says_so_and_names_the_next_session()
    {
        var today = RenderToday(new(Plan(Run(Tuesday.AddDays(2), RunTypes.Intervals, 9)), null), new(Vdot50, null));

        Assert.Equal("Nothing planned today: a rest day.", today.Find("[data-testid='today-missing']").TextContent.Trim());
        Assert.Equal("Next: Thu 4 Mar, Intervals · 9.0 km", today.Find("[data-testid='next-run']").TextContent.Trim());
    }

    [Fact]
    public void Without_a_plan_or_a_vdot_today_s_card_says_what_is_missing()
    {
        Assert.Equal("No active plan yet: ask the coach beside this page to write one with you.",
            RenderToday(new(null, null), new(Vdot50, null)).Find("[data-testid='today-missing']").TextContent.Trim());

        var withoutVdot = RenderToday(new(Plan(Run(Tuesday, RunTypes.Long, 24)), null), new(NoVdot, null));
        Assert.Equal("No VDOT yet, so no pace from it.", withoutVdot.Find("[data-testid='vdot-pace']").TextContent.Trim());
        Assert.Equal("Plan: no target pace", withoutVdot.Find("[data-testid='target-pace']").TextContent.Trim());
    }

    [Fact]
    public async Task With_strava_down_today_s_session_shows_and_says_why_it_has_no_vdot_pace()
    {
        var predictions = await UnreachableService.StravaAsync(strava => strava.GetPredictionsAsync(Ct));

        var today = RenderToday(new(Plan(Run(Tuesday, RunTypes.Easy, 10, "5:30")), null), predictions);

        Assert.Equal("Plan: 5:30 /km", today.Find("[data-testid='target-pace']").TextContent.Trim());
        Assert.Equal("No VDOT pace: The strava service cannot be reached.", today.Find("[data-testid='vdot-pace']").TextContent.Trim());
    }

    [Fact]
    public async Task With_the_plans_service_down_today_s_card_says_so()
    {
        var plan = await UnreachableService.PlansAsync(plans => plans.GetAsync("spring-marathon", Ct));

        var today = RenderToday(plan, new(Vdot50, null));

        Assert.Equal("Today's session cannot be shown: The plans service cannot be reached.", today.Find("[data-testid='today-missing']").TextContent.Trim());
    }

    [Fact]
    public void The_week_shows_kilometres_done_of_planned_and_runs_and_links_to_the_plan()
    {
        var adherence = new PlanAdherence("spring-marathon", Tuesday,
        [
            new WeekAdherence(1, new DateOnly(2027, 2, 22), AdherenceStatus.WeekPast, 40, 41, 4, 4, null, []),
            new WeekAdherence(2, new DateOnly(2027, 3, 1), AdherenceStatus.WeekCurrent, 48, 18.2, 5, 2, null, []),
        ]);

        var week = Render<WeekProgress>(p => p.Add(c => c.Adherence, new Fetched<PlanAdherence>(adherence, null)).Add(c => c.PlanId, "spring-marathon"));

        Assert.Contains("week 2", week.Markup);
        Assert.Equal("18.2 km of 48.0 km", Normalized(week.Find("[data-testid='week-km']").TextContent));
        Assert.Contains("2 of 5 runs done", week.Markup);
        Assert.Equal("plan/spring-marathon", week.Find("[data-testid='open-plan']").GetAttribute("href"));
    }

    [Fact]
    public async Task Without_a_plan_or_with_the_plans_service_down_the_week_says_why_it_is_empty()
    {
        var none = Render<WeekProgress>(p => p.Add(c => c.Adherence, new Fetched<PlanAdherence>(null, null)));
        Assert.Equal("No active plan, so no week to measure against.", none.Find("[data-testid='week-missing']").TextContent.Trim());

        var unreachable = await UnreachableService.PlansAsync(plans => plans.GetAdherenceAsync("spring-marathon", Ct));
        var down = Render<WeekProgress>(p => p
            .Add(c => c.Adherence, unreachable)
            .Add(c => c.PlanId, "spring-marathon"));
        Assert.Equal("This week's progress cannot be shown: The plans service cannot be reached.", down.Find("[data-testid='week-missing']").TextContent.Trim());
    }

    [Fact]
    public void The_form_line_shows_the_numbers_the_risk_and_each_ramp_flag_in_words()
    {
        var load = new TrainingLoadSeries(Tuesday.AddDays(-13), Tuesday,
            [new TrainingLoadDay(Tuesday, 80, 62, 75, -13, 3, 1.42, "caution")],
            [
                new TrainingLoadWeek(new DateOnly(2027, 2, 22), 420, 60, 22, 1.4, 588, []),
                new TrainingLoadWeek(new DateOnly(2027, 3, 1), 160, 30, 28, null, null, ["long run +27 % over the longest of the 4 weeks before"]),
            ],
            "LOAD CTL 62 (+3/wk) ATL 75 TSB -13 ACWR 1.42 (caution) | flag: long run +27 % this wk", new Dictionary<string, int>(), "");

        var form = Render<FormLine>(p => p.Add(c => c.Load, new Fetched<TrainingLoadSeries>(load, null)));

        Assert.Equal("CTL 62 (+3/wk) ATL 75 TSB -13 ACWR 1.42 (caution)", form.Find("[data-testid='form-summary']").TextContent.Trim());
        Assert.Equal("caution: ACWR 1.42", form.Find("[data-testid='risk']").TextContent.Trim());
        Assert.Equal("This week: long run +27 % over the longest of the 4 weeks before", form.Find("[data-testid='risk-flag']").TextContent.Trim());
    }

    [Fact]
    public async Task Before_any_activity_or_with_strava_down_the_form_line_says_so()
    {
        var empty = new TrainingLoadSeries(Tuesday, Tuesday, [], [], "LOAD no activities synced yet", new Dictionary<string, int>(), "");
        var none = Render<FormLine>(p => p.Add(c => c.Load, new Fetched<TrainingLoadSeries>(empty, null)));
        Assert.Equal("No activities synced yet", none.Find("[data-testid='form-summary']").TextContent.Trim());
        Assert.Empty(none.FindAll("[data-testid='risk']"));

        var unreachable = await UnreachableService.StravaAsync(strava => strava.GetTrainingLoadAsync(null, null, Ct));
        var down = Render<FormLine>(p => p.Add(c => c.Load, unreachable));
        Assert.Equal("Form cannot be shown: The strava service cannot be reached.", down.Find("[data-testid='form-summary']").TextContent.Trim());
    }

    [Fact]
    public void The_latest_run_links_to_its_page_with_the_coach_s_feedback()
    {
        var run = new StravaActivity(42, "Sunday long run", "Run", SportFamilies.Running, false, DateTimeOffset.UnixEpoch, new DateTime(2027, 2, 28, 8, 0, 0),
            new DateOnly(2027, 2, 28), null, 24, 7200, 7300, "5:00", 120, 145, 160, 86, null, true, true, null);
        var detail = new RunDetail(run, null, [], [], [], null, "", CoachFeedback: "Even pacing all the way; keep tomorrow easy.");

        var latest = Render<LatestRun>(p => p.Add(c => c.Run, new Fetched<RunDetail>(detail, null)));

        Assert.Equal("runs/42", latest.Find("[data-testid='latest-run-link']").GetAttribute("href"));
        Assert.Contains("Sun 28 Feb · 24.0 km · 5:00 /km", Normalized(latest.Markup));
        Assert.Equal("Even pacing all the way; keep tomorrow easy.", latest.Find("[data-testid='latest-feedback']").TextContent.Trim());
    }

    [Fact]
    public async Task Without_a_synced_run_or_with_strava_down_the_latest_run_card_says_so()
    {
        var none = Render<LatestRun>(p => p.Add(c => c.Run, new Fetched<RunDetail>(null, null)));
        Assert.Equal("No synced run yet: runs appear here once Strava sends them.", none.Find("[data-testid='latest-missing']").TextContent.Trim());

        var unreachable = await UnreachableService.StravaAsync(strava => strava.GetRunAsync(42, Ct));
        var down = Render<LatestRun>(p => p.Add(c => c.Run, unreachable));
        Assert.Equal("The latest run cannot be shown: The strava service cannot be reached.", down.Find("[data-testid='latest-missing']").TextContent.Trim());
    }

    static string Normalized(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
