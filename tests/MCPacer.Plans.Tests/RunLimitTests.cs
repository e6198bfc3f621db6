using System.Net;
using System.Text;
using static MCPacer.Plans.Tests.HttpExtensions;

namespace MCPacer.Plans.Tests;

/// <summary>A run's numbers keep to sensible limits: a runaway value is a 400 naming the field, never a line in the file.</summary>
public sealed class RunLimitTests : IClassFixture<PlansHost>, IDisposable
{
    const string MondayOfWeekOne = "/api/plans/sub3-spring/weeks/1/runs/Monday";

    readonly PlansHost _host;
    readonly HttpClient _client;

    public RunLimitTests(PlansHost host)
    {
        _host = host.Reset();
        _client = _host.CreateAuthorizedClient();
    }

    // NaN as Python's json.dumps writes it: not JSON, so the body cannot be read, and the problem still names the field.
    [Theory]
    [InlineData("""{"distance_km": 1e308}""", "distance_km", "at most 400 km")]
    [InlineData("""{"distance_km": -1}""", "distance_km", "more than 0")]
    [InlineData("""{"distance_km": 0}""", "distance_km", "more than 0")]
    [InlineData("""{"distance_km": NaN}""", "$.distance_km", "The request could not be read")]
    [InlineData("""{"duration_minutes": 1441}""", "duration_minutes", "at most 1440 minutes (24 h)")]
    [InlineData("""{"target_pace_min_per_km": "1:45"}""", "target_pace_min_per_km", "outside 2:00 to 15:00 per km")]
    [InlineData("""{"target_pace_min_per_km": "5:00-16:00"}""", "target_pace_min_per_km", "outside 2:00 to 15:00 per km")]
    public async Task A_run_value_outside_its_limits_is_a_400_naming_the_field_and_the_file_is_unchanged(string body, string field, string limit)
    {
        _host.WritePlan(SamplePlans.Sub3Id, SamplePlans.Sub3);

        var response = await PutAsync(MondayOfWeekOne, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains(field, problem);
        Assert.Contains(limit, problem);
        Assert.Equal(SamplePlans.Sub3, _host.ReadPlan(SamplePlans.Sub3Id));
    }

    [Fact]
    public async Task A_runaway_week_total_and_race_distance_are_refused_too()
    {
        _host.WritePlan(SamplePlans.Sub3Id, SamplePlans.Sub3);

        var week = await PutAsync("/api/plans/sub3-spring/weeks/1", """{"total_planned_distance_km": 1e308}""");
        var create = await PostAsync("/api/plans", """{"plan_name": "Ultra", "race_date": "2026-09-06", "weeks": 12, "distance_km": 1e308}""");

        Assert.Equal(HttpStatusCode.BadRequest, week.StatusCode);
        Assert.Contains("total_planned_distance_km: a week's total is 0 to 2800 km", await week.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.BadRequest, create.StatusCode);
        Assert.Contains("distance_km: a run is more than 0 and at most 400 km", await create.Content.ReadAsStringAsync(Ct));
        Assert.Equal(SamplePlans.Sub3, _host.ReadPlan(SamplePlans.Sub3Id));
        Assert.False(File.Exists(_host.PlanPath("ultra")));
    }

    [Fact]
    public async Task Values_at_the_limits_are_written()
    {
        _host.WritePlan(SamplePlans.Sub3Id, SamplePlans.Sub3);

        var response = await PutAsync(MondayOfWeekOne, """{"distance_km": 400, "duration_minutes": 1440, "target_pace_min_per_km": "2:00-15:00"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var file = _host.ReadPlan(SamplePlans.Sub3Id);
        Assert.Contains("distance_km: 400", file);
        Assert.Contains("duration_minutes: 1440", file);
        Assert.Contains("2:00-15:00", file);
    }

    Task<HttpResponseMessage> PutAsync(string url, string json) => SendAsync(HttpMethod.Put, url, json);

    Task<HttpResponseMessage> PostAsync(string url, string json) => SendAsync(HttpMethod.Post, url, json);

    async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string json)
    {
        using var request = new HttpRequestMessage(method, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        return await _client.SendAsync(request, Ct);
    }

    public void Dispose() => _client.Dispose();
}
