using System.Net;
using System.Net.Http.Json;
using MCPacer.Contracts.Plans;
using static MCPacer.Plans.Tests.HttpExtensions;

namespace MCPacer.Plans.Tests;

public sealed class PlanContextTests : IClassFixture<PlansHost>, IDisposable
{
    readonly PlansHost _host;
    readonly HttpClient _client;

    public PlanContextTests(PlansHost host)
    {
        _host = host.Reset();
        _host.WritePlan(SamplePlans.Sub3Id, SamplePlans.Sub3);
        _client = _host.CreateAuthorizedClient();
    }

    [Fact]
    public async Task The_context_of_a_fixed_plan_on_a_fixed_day_is_the_original_MCPacers_compact_text()
    {
        var context = await _client.GetStringAsync("/api/plans/context", Ct);

        Assert.Equal("""
            === ACTIVE PLAN: Sub-3 Marathon Build ===
            Race: Spring City Marathon — May 10, 2026 — Goal 2:59:59 (4:15/km)
            Today: Wed Apr 15, 2026
            Status: Week 3 of 6
            Plan targets ahead: Marathon pace 4:15, Race 4:15 /km
            Paces and ramp check: the strava service is not answering

              W1   Mar 30   40km   Base
                Mon 8km easy @5:20 | Wed 12km: 2km WU, 5x1km @ 3:55, 2km CD | Sun 20km long
              W2   Apr 6    45km   Build
                Tue 12km tempo @4:05 | Sun 24km long
            → W3   Apr 13   36km   Recovery  # Groin niggle: volume cut 20%; was 45  ← CURRENT
                Mon 6km recovery | Wed 10km Easy aerobic | Wed Bike 45min | Sat Rest | Sun 20km long
              W4   Apr 20   0km    Sharpen
              W5   Apr 27   10km   Taper
                Thu 10km marathon_pace @4:15
              W6   May 4    42.2km Race week
                Sun 42.2km race @4:15

            For full plan YAML: get_training_plan("sub3-spring")
            """, context);
    }

    [Fact]
    public async Task The_current_week_follows_the_athletes_local_date_not_utc()
    {
        // Sunday 2026-04-19 23:30 UTC is already Monday 01:30 in Berlin: week 4.
        _host.Clock.Now = new DateTimeOffset(2026, 4, 19, 23, 30, 0, TimeSpan.Zero);

        var context = await _client.GetStringAsync("/api/plans/context", Ct);

        Assert.Contains("Status: Week 4 of 6", context);
        Assert.Contains("→ W4   Apr 20", context);
    }

    [Fact]
    public async Task A_comment_added_through_the_api_shows_in_the_context()
    {
        var added = await _client.SendJsonAsync(HttpMethod.Post, "/api/plans/sub3-spring/weeks/5/comments", new PlanComment("Taper starts early: travel"));
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);

        var context = await _client.GetStringAsync("/api/plans/context?planId=sub3-spring", Ct);

        Assert.Contains("  W5   Apr 27   10km   Taper  # Taper starts early: travel\n", context);
    }

    [Fact]
    public async Task Without_a_plan_the_context_says_so()
    {
        File.Delete(_host.PlanPath(SamplePlans.Sub3Id));

        Assert.Equal("No active training plan.", await _client.GetStringAsync("/api/plans/context", Ct));
    }

    [Fact]
    public async Task The_active_plan_is_the_nearest_race_unless_one_is_pinned()
    {
        _host.WritePlan("autumn-10k", SamplePlans.Sub3.Replace("date: 2026-05-10", "date: 2026-10-04").Replace("plan_name: Sub-3 Marathon Build", "plan_name: Autumn 10k"));
        _host.WritePlan("old-half", SamplePlans.Sub3.Replace("date: 2026-05-10", "date: 2026-03-01").Replace("plan_name: Sub-3 Marathon Build", "plan_name: Old half"));

        var nearest = await _client.GetFromJsonAsync<ActivePlan>("/api/plans/active", Ct);
        var pin = await _client.PutAsJsonAsync("/api/plans/active", new PinPlanRequest("autumn-10k"), Ct);
        var listed = await _client.GetFromJsonAsync<PlanSummary[]>("/api/plans", Ct);
        var context = await _client.GetStringAsync("/api/plans/context", Ct);

        Assert.Equal(new ActivePlan(SamplePlans.Sub3Id, false), nearest);
        Assert.Equal(new ActivePlan("autumn-10k", true), await pin.Content.ReadFromJsonAsync<ActivePlan>(Ct));
        Assert.Equal(["autumn-10k"], listed!.Where(p => p.Active).Select(p => p.Id));
        Assert.StartsWith("=== ACTIVE PLAN: Autumn 10k ===", context);
    }

    [Fact]
    public async Task The_sixteen_week_demo_sized_context_stays_near_1100_tokens()
    {
        var created = await _client.PostAsJsonAsync("/api/plans", new CreatePlanRequest("Sixteen", new DateOnly(2026, 7, 26), 16, RaceType: "marathon"), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var plan = (await created.Content.ReadFromJsonAsync<TrainingPlan>(Ct))!;
        foreach (var week in plan.Weeks)
        {
            foreach (var (day, type, km) in new[] { (0, "easy", 10.0), (1, "workout", 14), (3, "tempo", 12), (5, "easy", 8), (6, "long", 28) })
            {
                await _client.PostAsJsonAsync("/api/plans/sixteen/runs", new RunFields(type, km, "4:30",
                    type is "workout" or "tempo" ? "3km WU, 5x2km @ 3:55 w/90s jog, 2km CD" : null, Date: week.WeekStartDate!.Value.AddDays(day)), Ct);
            }
        }

        var context = await _client.GetStringAsync("/api/plans/context?planId=sixteen", Ct);

        // About four characters a token for this kind of text.
        Assert.InRange(context.Length / 4, 700, 1400);
    }

    public void Dispose() => _client.Dispose();
}
