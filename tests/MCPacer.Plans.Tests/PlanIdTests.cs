using System.Net;
using MCPacer.Contracts.Plans;
using static MCPacer.Plans.Tests.HttpExtensions;

namespace MCPacer.Plans.Tests;

public sealed class PlanIdTests : IClassFixture<PlansHost>, IDisposable
{
    readonly PlansHost _host;
    readonly HttpClient _client;

    public PlanIdTests(PlansHost host)
    {
        _host = host.Reset();
        _client = _host.CreateAuthorizedClient();
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("a/b")]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("a-plan-id-that-is-far-too-long-to-be-a-file-name-anyone-would-want-to-type")]
    public async Task Path_like_ids_are_refused_when_creating_and_nothing_is_written(string id)
    {
        var response = await _client.SendJsonAsync(HttpMethod.Post, "/api/plans",
            new CreatePlanRequest("Escape", new DateOnly(2026, 10, 4), 8, PlanId: id));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("plan_id", await response.Content.ReadAsStringAsync(Ct));
        Assert.False(Directory.Exists(_host.PlansDir) && Directory.EnumerateFileSystemEntries(_host.PlansDir).Any());
        Assert.False(File.Exists(Path.Combine(_host.DataDir.Path, "x.yaml")));
    }

    [Theory]
    [InlineData("..%2F..%2Faccess-token")]
    [InlineData("a.b")]
    [InlineData("Bad%20Id")]
    public async Task Path_like_ids_in_the_url_are_a_400_that_names_the_rule(string id)
    {
        var response = await _client.GetAsync($"/api/plans/{id}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("lowercase letters, digits", await response.Content.ReadAsStringAsync(Ct));
    }

    public void Dispose() => _client.Dispose();
}
