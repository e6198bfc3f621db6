using System.Net;
using System.Net.Http.Json;
using MCPacer.Contracts.Plans;
using static MCPacer.Plans.Tests.HttpExtensions;

namespace MCPacer.Plans.Tests;

/// <summary>A broken file is listed as broken with file, line and field; it is never dropped or overwritten.</summary>
public sealed class ValidationTests : IClassFixture<PlansHost>, IDisposable
{
    readonly PlansHost _host;
    readonly HttpClient _client;

    public ValidationTests(PlansHost host)
    {
        _host = host.Reset();
        _client = _host.CreateAuthorizedClient();
    }

    public static TheoryData<string, string, int, string, string> BrokenFiles => new()
    {
        { "unknown run type", "type: long\n    distance_km: 20\n- week_number: 2", 29, "weeks[0].runs[2].type", "unknown run type 'jog'" },
        { "start not a Monday", "week_start_date: 2026-04-06", 33, "weeks[1].week_start_date", "2026-04-07 is a Tuesday, not a Monday" },
        { "duplicate week", "- week_number: 3", 44, "weeks[2].week_number", "week 2 appears twice (first on line 31)" },
        { "bad pace", "target_pace_min_per_km: \"4:05\"", 39, "weeks[1].runs[0].target_pace_min_per_km", "'4:6o' is not a pace" },
        { "malformed yaml", "  weekly_focus: Base", 18, "", "not valid YAML" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public async Task Each_problem_is_reported_with_its_file_line_and_field(string _, string find, int line, string field, string message)
    {
        var replacement = find switch
        {
            "type: long\n    distance_km: 20\n- week_number: 2" => "type: jog\n    distance_km: 20\n- week_number: 2",
            "week_start_date: 2026-04-06" => "week_start_date: 2026-04-07",
            "- week_number: 3" => "- week_number: 2",
            "target_pace_min_per_km: \"4:05\"" => "target_pace_min_per_km: \"4:6o\"",
            _ => "  weekly_focus: Base: tired",
        };
        var broken = SamplePlans.Sub3.Replace(find, replacement);
        Assert.NotEqual(SamplePlans.Sub3, broken);
        _host.WritePlan(SamplePlans.Sub3Id, broken);

        var plans = await _client.GetFromJsonAsync<PlanSummary[]>("/api/plans", Ct);

        var summary = Assert.Single(plans!);
        Assert.True(summary.Broken);
        var problem = Assert.Single(summary.Problems);
        Assert.Equal("sub3-spring.yaml", problem.File);
        Assert.Equal(line, problem.Line);
        Assert.Equal(field, problem.Field);
        Assert.Contains(message, problem.Message);
        Assert.True(problem.Column >= 1);
    }

    [Fact]
    public async Task Edits_to_a_broken_plan_are_refused_and_the_file_is_left_as_it_is()
    {
        var broken = SamplePlans.Sub3.Replace("type: tempo", "type: fartlek");
        _host.WritePlan(SamplePlans.Sub3Id, broken);

        var response = await _client.SendJsonAsync(HttpMethod.Put, "/api/plans/sub3-spring/weeks/1", new WeekUpdate(WeeklyFocus: "Base+"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("sub3-spring.yaml:37:11 weeks[1].runs[0].type", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(broken, _host.ReadPlan(SamplePlans.Sub3Id));
    }

    [Fact]
    public async Task A_bad_pace_in_a_request_is_a_400_naming_the_field_and_nothing_is_written()
    {
        _host.WritePlan(SamplePlans.Sub3Id, SamplePlans.Sub3);

        var response = await _client.SendJsonAsync(HttpMethod.Put, "/api/plans/sub3-spring/runs/2026-03-30",
            new RunFields(TargetPaceMinPerKm: "4:6o", Type: "jog"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("target_pace_min_per_km", body);
        Assert.Contains("unknown run type 'jog'", body);
        Assert.Equal(SamplePlans.Sub3, _host.ReadPlan(SamplePlans.Sub3Id));
    }

    [Fact]
    public async Task A_hand_edit_is_picked_up_without_a_restart()
    {
        _host.WritePlan(SamplePlans.Sub3Id, SamplePlans.Sub3);
        var before = await _client.GetFromJsonAsync<TrainingPlan>("/api/plans/sub3-spring", Ct);

        _host.WritePlan(SamplePlans.Sub3Id, SamplePlans.Sub3.Replace("weekly_focus: Base", "weekly_focus: Base and strides"));
        var after = await _client.GetFromJsonAsync<TrainingPlan>("/api/plans/sub3-spring", Ct);

        Assert.Equal("Base", before!.Weeks[0].WeeklyFocus);
        Assert.Equal("Base and strides", after!.Weeks[0].WeeklyFocus);
        Assert.NotEqual(before.Revision, after.Revision);
    }

    public void Dispose() => _client.Dispose();
}
