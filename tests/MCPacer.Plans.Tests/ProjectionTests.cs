using System.Net;
using System.Net.Http.Json;
using MCPacer.Contracts.Plans;
using MCPacer.Contracts.Training;
using MCPacer.Testing;
using static MCPacer.Plans.Tests.HttpExtensions;

namespace MCPacer.Plans.Tests;

/// <summary>
/// A plan's projection: its runs sent to strava as sessions (strava owns the history and the science), the answer labelled
/// with the plan's weeks; a preview of an edit that writes nothing; and the plan context with paces and too-fast weeks.
/// </summary>
public sealed class ProjectionTests : IClassFixture<PlansWithStrava>
{
    readonly PlansHost _host;
    readonly FakeStrava _strava;
    readonly HttpClient _client;

    public ProjectionTests(PlansWithStrava fixture)
    {
        _host = fixture.Reset().Host;
        _strava = fixture.Strava;
        _client = _host.CreateAuthorizedClient();
        _host.WritePlan(SamplePlans.Sub3Id, SamplePlans.Sub3);
    }

    [Fact]
    public async Task The_projection_sends_the_plans_runs_as_typed_sessions_to_race_day_and_numbers_the_weeks()
    {
        _strava.TooFastKm = 38;

        var projection = await _client.GetFromJsonAsync<FitnessProjection>("/api/plans/sub3-spring/projection", Ct);

        var request = Assert.Single(_strava.Projections);
        Assert.Equal((new DateOnly(2026, 5, 10), "sub3-spring"), (request.RaceDay, request.PlanId));
        var week3 = request.Sessions.Where(s => s.Date >= new DateOnly(2026, 4, 13) && s.Date <= new DateOnly(2026, 4, 19)).ToList();
        Assert.Equal(
            [("recovery", 6.0, null), ("easy", 10.0, null), ("cross_training", 0.0, 45.0), ("long", 20.0, null)],
            week3.Select(s => (s.Type, s.DistanceKm, s.DurationMinutes)));
        Assert.Equal(245, request.Sessions.Single(s => s.Type == PlannedSessionTypes.Tempo).TargetPaceSecondsPerKm);
        Assert.Equal([1, 2, 3, 5, 6], projection!.Weeks.Select(w => w.Week ?? 0));
        Assert.Equal([1, 6], projection.TooFast.Select(w => w.Week ?? 0));
        Assert.Equal("sub3-spring", projection.PlanId);
    }

    [Fact]
    public async Task The_original_mcpacers_run_types_are_projected_as_the_sessions_they_are()
    {
        _host.WritePlan("original-types", """
            plan_name: Original types
            goal_race: {date: 2026-05-10, race_type: marathon}
            weeks:
            - week_number: 1
              week_start_date: 2026-05-04
              runs:
              - {day_of_week: Monday, type: gym, duration_minutes: 40}
              - {day_of_week: Tuesday, type: shakeout, distance_km: 5}
              - {day_of_week: Wednesday, type: tuneup_race, distance_km: 10, target_pace_min_per_km: "3:50"}
              - {day_of_week: Saturday, type: long_run, distance_km: 18}
              - {day_of_week: Sunday, type: rest}
            """);

        await _client.GetFromJsonAsync<FitnessProjection>("/api/plans/original-types/projection", Ct);

        Assert.Equal(["strength", "recovery", "race", "long"], Assert.Single(_strava.Projections).Sessions.Select(s => s.Type));
    }

    [Fact]
    public async Task A_preview_answers_both_projections_with_the_new_too_fast_week_and_leaves_the_file_byte_for_byte()
    {
        _strava.TooFastKm = 38;
        var before = await File.ReadAllBytesAsync(_host.PlanPath(SamplePlans.Sub3Id), Ct);
        var revision = (await _client.GetFromJsonAsync<TrainingPlan>("/api/plans/sub3-spring", Ct))!.Revision;

        var response = await _client.PostAsJsonAsync("/api/plans/sub3-spring/projection/preview",
            new PlanChangePreview(PlanChanges.UpdateRun, WeekNumber: 3, DayOfWeek: "Sunday", Run: new RunFields(DistanceKm: 30)), Ct);

        response.EnsureSuccessStatusCode();
        var preview = (await response.Content.ReadFromJsonAsync<ProjectionPreview>(Ct))!;
        Assert.Equal([1, 6], preview.Current.TooFast.Select(w => w.Week ?? 0));
        Assert.Equal([1, 3, 6], preview.Edited.TooFast.Select(w => w.Week ?? 0));
        Assert.Contains("new too-fast: W3", preview.Difference);
        Assert.Contains("peak CTL 16.4 → 17.4", preview.Difference);
        Assert.Equal(before, await File.ReadAllBytesAsync(_host.PlanPath(SamplePlans.Sub3Id), Ct));
        Assert.Equal(revision, (await _client.GetFromJsonAsync<TrainingPlan>("/api/plans/sub3-spring", Ct))!.Revision);
    }

    [Fact]
    public async Task A_preview_of_a_run_that_is_not_there_or_of_an_unknown_change_is_refused_with_the_reason()
    {
        var missing = await _client.PostAsJsonAsync("/api/plans/sub3-spring/projection/preview",
            new PlanChangePreview(PlanChanges.RemoveRun, WeekNumber: 4, DayOfWeek: "Monday"), Ct);
        var unknown = await _client.PostAsJsonAsync("/api/plans/sub3-spring/projection/preview", new PlanChangePreview("move_week"), Ct);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("nothing is planned that day", await missing.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("update_run, add_run, remove_run, update_week", await unknown.Content.ReadAsStringAsync(Ct));
        Assert.Empty(_strava.Projections);
    }

    [Fact]
    public async Task The_plan_context_shows_the_vdot_paces_beside_the_plans_targets_and_marks_the_week_that_ramps_too_fast()
    {
        _strava.Paces = new TrainingPaceSet(52.3, "5:05-4:40/km", "4:10/km", "3:57/km", "3:38/km", "3:24/km");
        _strava.TooFastKm = 38;

        var context = await _client.GetStringAsync("/api/plans/context", Ct);

        Assert.Contains("Status: Week 3 of 6\nPaces now (Daniels, VDOT 52.3): E 5:05-4:40 M 4:10 T 3:57 I 3:38 R 3:24 /km\n" +
                        "Plan targets ahead: Marathon pace 4:15, Race 4:15 /km\n", context);
        Assert.Contains("  W1   Mar 30   40km   Base  ⚠ ramps too fast: distance +5 %\n", context);
        Assert.Contains("  W6   May 4    42.2km Race week  ⚠ ramps too fast: distance +11 %\n", context);
        Assert.Contains("2 week(s) ramp too fast (⚠) — get_fitness_projection", context);
        Assert.DoesNotContain("W2   Apr 6    45km   Build  ⚠", context);
    }

    [Fact]
    public async Task The_plan_context_says_in_one_line_that_there_is_no_vdot()
    {
        var context = await _client.GetStringAsync("/api/plans/context", Ct);

        Assert.Contains("\nPaces: No current VDOT\n", context);
        Assert.Contains("Projection: race-day TSB", context);
    }

    [Fact]
    public async Task Without_strava_the_projection_is_a_503_naming_strava_and_the_context_still_comes_quickly()
    {
        using var host = new PlansHost();
        host.Settings["services:strava:http:0"] = $"http://127.0.0.1:{RedisServer.FreePort()}";
        host.WritePlan(SamplePlans.Sub3Id, SamplePlans.Sub3);
        using var client = host.CreateAuthorizedClient();

        var response = await client.GetAsync("/api/plans/sub3-spring/projection", Ct);
        var started = DateTime.UtcNow;
        var context = await client.GetStringAsync("/api/plans/context", Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("The strava service is unavailable", await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("\nPaces and ramp check: the strava service is not answering\n", context);
        Assert.InRange(DateTime.UtcNow - started, TimeSpan.Zero, TimeSpan.FromSeconds(3));
    }
}
