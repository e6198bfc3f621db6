using System.Net;
using System.Net.Http.Json;
using MCPacer.Contracts.Plans;
using MCPacer.Testing;
using static MCPacer.Plans.Tests.HttpExtensions;

namespace MCPacer.Plans.Tests;

/// <summary>
/// Plan files of the original MCPacer, written as its README and schema document them, are valid plans here:
/// read, shown, counted and edited with their own run types and legacy fields, and written back as they were.
/// </summary>
public sealed class OriginalPlanTests : IClassFixture<PlansWithStrava>, IDisposable
{
    readonly PlansHost _host;
    readonly FakeStrava _strava;
    readonly HttpClient _client;

    public OriginalPlanTests(PlansWithStrava fixture)
    {
        _host = fixture.Reset().Host;
        _strava = fixture.Strava;
        _client = _host.CreateAuthorizedClient();
    }

    [Fact]
    public void The_readme_example_here_is_the_original_readmes_example_line_for_line()
    {
        var readme = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "..", "shared", "seed", "mcpacer-readme.txt"));
        var start = Array.FindIndex(readme, line => line.EndsWith("Example structure:", StringComparison.Ordinal)) + 1;
        var end = Array.IndexOf(readme, "Coaching Personas", start);

        Assert.True(start > 0 && end > start, "the README still has its example plan");
        Assert.Equal(readme[start..end], SamplePlans.Readme.TrimEnd().Split('\n').Select(line => line.TrimStart()));
    }

    [Fact]
    public async Task The_original_readmes_example_plan_is_valid_with_its_week_and_run_dated_back_from_the_race()
    {
        _host.WritePlan(SamplePlans.ReadmeId, SamplePlans.Readme);

        var listed = await _client.GetFromJsonAsync<PlanSummary[]>("/api/plans", Ct);
        var plan = await _client.GetFromJsonAsync<TrainingPlan>($"/api/plans/{SamplePlans.ReadmeId}", Ct);

        var summary = Assert.Single(listed!);
        Assert.False(summary.Broken, string.Join("\n", summary.Problems));
        Assert.Equal(("Sub-3 Marathon Build", new DateOnly(2026, 4, 4), "2:59:59"), (plan!.PlanName, plan.GoalRace!.Date, plan.GoalRace.GoalTime));
        var week = Assert.Single(plan.Weeks);
        // No week_start_date in the file: the race's week is the plan's last.
        Assert.Equal((1, new DateOnly(2026, 3, 30), 75.0), (week.WeekNumber, week.WeekStartDate, week.TotalPlannedDistanceKm));
        var run = Assert.Single(week.Runs);
        Assert.Equal(new PlannedRun(new DateOnly(2026, 4, 1), 0, "Wednesday", "workout", 16, null, "2.5km warmup, 5x2km @ 3:50-3:55, cooldown", null, null), run);
    }

    [Fact]
    public async Task The_original_readmes_example_plan_is_the_active_plan_context_in_its_week()
    {
        _host.WritePlan(SamplePlans.ReadmeId, SamplePlans.Readme);
        _host.Clock.Now = new DateTimeOffset(2026, 4, 1, 7, 0, 0, TimeSpan.Zero);

        var context = await _client.GetStringAsync("/api/plans/context", Ct);

        Assert.Equal("""
            === ACTIVE PLAN: Sub-3 Marathon Build ===
            Race: Race — Apr 4, 2026 — Goal 2:59:59
            Today: Wed Apr 1, 2026
            Status: Week 1 of 1
            Projection: race-day TSB +7, CTL 2; peak CTL 2 Apr 3; no week ramps too fast — get_fitness_projection
            Paces: No current VDOT

            → W1   Mar 30   75km  ← CURRENT
                Wed 16km: 2.5km warmup, 5x2km @ 3:50-3:55, cooldown

            For full plan YAML: get_training_plan("readme-example")
            """, context);
    }

    [Fact]
    public async Task A_plan_with_all_ten_original_run_types_and_legacy_fields_is_valid_and_keeps_each_type()
    {
        _host.WritePlan(SamplePlans.OriginalTypesId, SamplePlans.OriginalTypes);

        var plan = await _client.GetFromJsonAsync<TrainingPlan>($"/api/plans/{SamplePlans.OriginalTypesId}", Ct);

        Assert.False(plan!.Broken, string.Join("\n", plan.Problems));
        Assert.Equal(
            ["gym", "workout", "easy", "rest", "shakeout", "tuneup_race", "long_run", "recovery", "cross_training", "easy", "race"],
            plan.Weeks.SelectMany(w => w.Runs).Select(r => r.Type));
        Assert.Equal(new DateOnly(2026, 4, 6), plan.PlanStartDate);
        Assert.Equal(45, plan.Weeks[0].Runs[0].DurationMinutes);
    }

    [Fact]
    public async Task Each_original_run_type_shows_in_the_plan_context()
    {
        _host.WritePlan(SamplePlans.OriginalTypesId, SamplePlans.OriginalTypes);

        var context = await _client.GetStringAsync($"/api/plans/context?planId={SamplePlans.OriginalTypesId}", Ct);

        Assert.Contains("""

              W1   Apr 6    54km   Sharpen  # tune-up week
                Mon Lower body strength 45min | Tue 12km: WU 2km + 4×1mile @ 3:55/km w/75s jog rec + CD 2km | Wed 10km easy @5:10 | Thu Rest | Fri 4km Legs loose for Saturday | Sat 10km tuneup_race @3:50 | Sun 18km long_run @5:00
            → W2   Apr 13   40km   Absorb  ← CURRENT
                Mon 6km recovery | Wed Easy spin 40min | Sat 12km easy
              W3   Apr 20   21.1km Race week
                Sun 21.1km race @4:02

            """, context);
    }

    [Fact]
    public async Task Original_run_types_count_in_adherence_like_ours_and_gym_is_not_a_run()
    {
        _host.WritePlan(SamplePlans.OriginalTypesId, SamplePlans.OriginalTypes);
        _strava.Activities.AddRange([
            FakeStrava.Activity(1, "Legs and core", "WeightTraining", new DateTime(2026, 4, 6, 18, 0, 0), 0, 45 * 60, null),
            FakeStrava.Run(2, new DateTime(2026, 4, 7, 7, 0, 0), 12, "4:20"),
            FakeStrava.Run(3, new DateTime(2026, 4, 8, 7, 0, 0), 10, "5:10"),
            FakeStrava.Run(4, new DateTime(2026, 4, 10, 7, 0, 0), 4, "5:40"),
            FakeStrava.Run(5, new DateTime(2026, 4, 11, 9, 0, 0), 10, "3:48"),
            FakeStrava.Run(6, new DateTime(2026, 4, 12, 8, 0, 0), 18.2, "5:02"),
            FakeStrava.Run(7, new DateTime(2026, 4, 13, 7, 0, 0), 6, "5:45"),
            FakeStrava.Run(8, new DateTime(2026, 4, 15, 7, 0, 0), 20, "2:00", sport: "Ride"),
        ]);

        var adherence = await _client.GetFromJsonAsync<PlanAdherence>($"/api/plans/{SamplePlans.OriginalTypesId}/adherence", Ct);

        var week1 = adherence!.Weeks[0];
        Assert.Equal(
            [("gym", "matched", 1L), ("workout", "matched", 2L), ("easy", "matched", 3L), ("shakeout", "matched", 4L),
                ("tuneup_race", "matched", 5L), ("long_run", "matched", 6L)],
            week1.Runs.Select(r => (r.Planned!.Type!, r.Status, r.Actual!.ActivityId)));
        // The gym session and the rest day are no runs: five runs and 54 km planned, five done.
        Assert.Equal((54.0, 54.2, 5, 5), (week1.PlannedKm, week1.ActualKm, week1.PlannedRuns, week1.ActualRuns));
        Assert.Equal(1, week1.Compliance!.Completion);
        Assert.Equal(["matched", "matched", "upcoming"], adherence.Weeks[1].Runs.Select(r => r.Status));
        Assert.Equal((40.0, 6.0, 2, 1), (adherence.Weeks[1].PlannedKm, adherence.Weeks[1].ActualKm, adherence.Weeks[1].PlannedRuns, adherence.Weeks[1].ActualRuns));
    }

    [Fact]
    public async Task Editing_an_original_long_run_changes_its_distance_and_leaves_every_other_byte()
    {
        _host.WritePlan(SamplePlans.OriginalTypesId, SamplePlans.OriginalTypes);

        var response = await _client.SendJsonAsync(HttpMethod.Put, $"/api/plans/{SamplePlans.OriginalTypesId}/runs/2026-04-12", new RunFields(DistanceKm: 20));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = SamplePlans.OriginalTypes.Replace(
            "type: long_run\n        distance_km: 18\n", "type: long_run\n        distance_km: 20\n");
        Assert.NotEqual(SamplePlans.OriginalTypes, expected);
        Assert.Equal(expected, _host.ReadPlan(SamplePlans.OriginalTypesId));
        var plan = await response.Content.ReadFromJsonAsync<TrainingPlan>(Ct);
        var run = plan!.Weeks[0].Runs.Single(r => r.Date == new DateOnly(2026, 4, 12));
        Assert.Equal(("long_run", 20.0), (run.Type, run.DistanceKm));
        Assert.False(plan.Broken);
    }

    [Fact]
    public async Task An_original_type_is_accepted_when_a_run_is_added_or_retyped_through_the_api()
    {
        _host.WritePlan(SamplePlans.OriginalTypesId, SamplePlans.OriginalTypes);
        var path = $"/api/plans/{SamplePlans.OriginalTypesId}/runs";

        var added = await _client.SendJsonAsync(HttpMethod.Post, path,
            new RunFields(Type: "gym", Description: "Core", DurationMinutes: 30, Date: new DateOnly(2026, 4, 16)));
        var retyped = await _client.SendJsonAsync(HttpMethod.Put, path + "/2026-04-18", new RunFields(Type: "shakeout", DistanceKm: 5));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (added.StatusCode, retyped.StatusCode));
        var expected = SamplePlans.OriginalTypes
            .Replace("        duration_minutes: 40\n",
                "        duration_minutes: 40\n      - day_of_week: Thursday\n        type: gym\n        description: Core\n        duration_minutes: 30\n")
            .Replace("        type: easy\n        distance_km: 12\n", "        type: shakeout\n        distance_km: 5\n");
        Assert.Equal(expected, _host.ReadPlan(SamplePlans.OriginalTypesId));
    }

    [Fact]
    public async Task The_calendar_colours_original_types_by_kind_and_its_legend_names_each_type_once()
    {
        _host.WritePlan(SamplePlans.OriginalTypesId, SamplePlans.OriginalTypes);
        _strava.Activities.Add(FakeStrava.Run(5, new DateTime(2026, 4, 11, 9, 0, 0), 10, "3:48"));

        var html = await _client.GetStringAsync($"/api/plans/{SamplePlans.OriginalTypesId}/calendar", Ct);

        Assert.Contains("""
            <ul class="legend"><li class="run easy">Easy / Recovery / Shakeout</li><li class="run long">Long run</li><li class="run workout">Workout / Tempo / Intervals / Progression / Marathon pace</li><li class="run race">Race / Tune-up race</li><li class="run cross_training">Cross-training / Gym</li><li class="run rest">Rest</li>
            """, html);
        Assert.Contains(">Tune-up race 10 km</div>", html);
        Assert.Contains("<div class=\"run race done\"", html);
        Assert.Contains("<div class=\"run long missed\"", html);
        Assert.Contains(">Gym 45 min</div>", html);
    }

    [Fact]
    public async Task A_key_neither_schema_knows_is_still_reported_with_its_line()
    {
        _host.WritePlan(SamplePlans.OriginalTypesId, SamplePlans.OriginalTypes.Replace("notes: Sharpen", "coach_mood: grumpy\nnotes: Sharpen"));

        var plan = await _client.GetFromJsonAsync<TrainingPlan>($"/api/plans/{SamplePlans.OriginalTypesId}", Ct);

        var problem = Assert.Single(plan!.Problems);
        Assert.Equal((12, "coach_mood"), (problem.Line, problem.Field));
        Assert.Contains("unknown key 'coach_mood'", problem.Message);
    }

    public void Dispose() => _client.Dispose();
}
