using System.Net;
using System.Net.Http.Json;
using MCPacer.Contracts.Plans;
using static MCPacer.Plans.Tests.HttpExtensions;

namespace MCPacer.Plans.Tests;

/// <summary>Edits through the API change only what they say: every comment, key order and quote of the runner's file stays.</summary>
public sealed class RoundTripTests : IClassFixture<PlansHost>, IDisposable
{
    readonly PlansHost _host;
    readonly HttpClient _client;

    public RoundTripTests(PlansHost host)
    {
        _host = host.Reset();
        _host.WritePlan(SamplePlans.Sub3Id, SamplePlans.Sub3);
        _client = _host.CreateAuthorizedClient();
    }

    [Fact]
    public async Task Updating_a_run_changes_only_its_value_and_keeps_comments_and_key_order()
    {
        var response = await _client.SendJsonAsync(HttpMethod.Put, "/api/plans/sub3-spring/runs/2026-04-01",
            new RunFields(DistanceKm: 14, Structure: "2km WU, 6x1km @ 3:55, 2km CD"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = SamplePlans.Sub3
            .Replace("    distance_km: 12\n    structure: \"2km WU, 5x1km @ 3:55, 2km CD\"   # first session back",
                "    distance_km: 14\n    structure: \"2km WU, 6x1km @ 3:55, 2km CD\"   # first session back");
        Assert.NotEqual(SamplePlans.Sub3, expected);
        Assert.Equal(expected, _host.ReadPlan(SamplePlans.Sub3Id));
    }

    [Fact]
    public async Task A_new_field_goes_after_the_runs_last_key_and_the_file_reads_back_the_same()
    {
        var response = await _client.SendJsonAsync(HttpMethod.Put, "/api/plans/sub3-spring/runs/2026-04-05",
            new RunFields(TargetPaceMinPerKm: "4:50", Description: "Long: last 5km steady"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = SamplePlans.Sub3.Replace(
            "    type: long\n    distance_km: 20\n- week_number: 2",
            "    type: long\n    distance_km: 20\n    target_pace_min_per_km: \"4:50\"\n    description: \"Long: last 5km steady\"\n- week_number: 2");
        Assert.Equal(expected, _host.ReadPlan(SamplePlans.Sub3Id));
        var plan = await response.Content.ReadFromJsonAsync<TrainingPlan>(Ct);
        Assert.Equal("Long: last 5km steady", plan!.Weeks[0].Runs[2].Description);
    }

    [Fact]
    public async Task A_second_run_on_a_day_is_added_beside_the_first_and_addressed_by_index()
    {
        var added = await _client.SendJsonAsync(HttpMethod.Post, "/api/plans/sub3-spring/runs",
            new RunFields(Type: "easy", DistanceKm: 5, Description: "Evening shakeout", Date: new DateOnly(2026, 4, 7)));
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);

        var expected = SamplePlans.Sub3.Replace(
            "    target_pace_min_per_km: \"4:05\"\n",
            "    target_pace_min_per_km: \"4:05\"\n  - day_of_week: Tuesday\n    type: easy\n    distance_km: 5\n    description: Evening shakeout\n");
        Assert.Equal(expected, _host.ReadPlan(SamplePlans.Sub3Id));

        var second = await _client.SendJsonAsync(HttpMethod.Put, "/api/plans/sub3-spring/runs/2026-04-07?index=1", new RunFields(DistanceKm: 6));
        var plan = await second.Content.ReadFromJsonAsync<TrainingPlan>(Ct);
        var tuesday = plan!.Weeks[1].Runs.Where(r => r.Date == new DateOnly(2026, 4, 7)).ToList();
        Assert.Equal([12.0, 6.0], tuesday.Select(r => r.DistanceKm!.Value));
        Assert.Equal([0, 1], tuesday.Select(r => r.Index));
    }

    [Fact]
    public async Task Removing_a_run_by_week_and_day_deletes_just_its_lines()
    {
        var response = await _client.DeleteAsync("/api/plans/sub3-spring/weeks/3/runs/saturday", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = SamplePlans.Sub3.Replace("  - day_of_week: Saturday\n    type: rest\n", "");
        Assert.Equal(expected, _host.ReadPlan(SamplePlans.Sub3Id));
    }

    [Fact]
    public async Task Adding_to_an_empty_week_and_removing_its_only_run_keeps_the_week_valid()
    {
        await _client.SendJsonAsync(HttpMethod.Post, "/api/plans/sub3-spring/runs",
            new RunFields(Type: "intervals", DistanceKm: 12, WeekNumber: 4, DayOfWeek: "thursday"));
        Assert.Contains("  weekly_focus: Sharpen\n  runs:\n  - day_of_week: Thursday\n    type: intervals\n    distance_km: 12\n",
            _host.ReadPlan(SamplePlans.Sub3Id));

        var removed = await _client.DeleteAsync("/api/plans/sub3-spring/runs/2026-04-23", Ct);

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal(SamplePlans.Sub3, _host.ReadPlan(SamplePlans.Sub3Id));
    }

    [Fact]
    public async Task A_comment_is_kept_in_the_file_above_its_week_and_returned_with_the_week()
    {
        var response = await _client.SendJsonAsync(HttpMethod.Post, "/api/plans/sub3-spring/weeks/2/comments",
            new PlanComment("Moved the tempo to Tuesday: work trip"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SamplePlans.Sub3.Replace("- week_number: 2\n", "# Moved the tempo to Tuesday: work trip\n- week_number: 2\n"),
            _host.ReadPlan(SamplePlans.Sub3Id));
        var plan = await response.Content.ReadFromJsonAsync<TrainingPlan>(Ct);
        Assert.Equal(["Moved the tempo to Tuesday: work trip"], plan!.Weeks[1].Comments);
        Assert.Equal(["Groin niggle: volume cut 20%", "was 45"], plan.Weeks[2].Comments);
    }

    [Fact]
    public async Task Updating_a_week_rewrites_its_fields_in_place()
    {
        var response = await _client.SendJsonAsync(HttpMethod.Put, "/api/plans/sub3-spring/weeks/3",
            new WeekUpdate(WeeklyFocus: "Recovery: groin", TotalPlannedDistanceKm: 30));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SamplePlans.Sub3
                .Replace("total_planned_distance_km: 36   # was 45", "total_planned_distance_km: 30   # was 45")
                .Replace("weekly_focus: Recovery\n", "weekly_focus: \"Recovery: groin\"\n"),
            _host.ReadPlan(SamplePlans.Sub3Id));
    }

    [Fact]
    public async Task The_yaml_endpoint_serves_the_file_as_written_with_its_revision()
    {
        var response = await _client.GetAsync("/api/plans/sub3-spring/yaml", Ct);
        var json = await _client.GetAsync("/api/plans/sub3-spring", Ct);

        Assert.Equal(SamplePlans.Sub3, await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(response.Headers.ETag, json.Headers.ETag);
        Assert.NotNull(response.Headers.ETag);
    }

    public void Dispose() => _client.Dispose();
}
