using System.Net;
using System.Net.Http.Json;
using MCPacer.Contracts.Plans;
using MCPacer.Plans.Yaml;
using static MCPacer.Plans.Tests.HttpExtensions;

namespace MCPacer.Plans.Tests;

/// <summary>Two writers never lose each other's work: a stale write is refused, and parallel edits are applied one by one.</summary>
public sealed class ConcurrencyTests : IClassFixture<PlansHost>, IDisposable
{
    readonly PlansHost _host;
    readonly HttpClient _client;

    public ConcurrencyTests(PlansHost host)
    {
        _host = host.Reset();
        _host.WritePlan(SamplePlans.Sub3Id, SamplePlans.Sub3);
        _client = _host.CreateAuthorizedClient();
    }

    [Fact]
    public async Task Stale_write_returns_409_and_keeps_the_file_as_the_other_writer_left_it()
    {
        var read = await _client.GetAsync("/api/plans/sub3-spring", Ct);
        var revision = read.Headers.ETag!.Tag.Trim('"');
        var first = await _client.SendJsonAsync(HttpMethod.Put, "/api/plans/sub3-spring/weeks/1", new WeekUpdate(WeeklyFocus: "Base one"), revision);
        var afterFirst = _host.ReadPlan(SamplePlans.Sub3Id);

        var second = await _client.SendJsonAsync(HttpMethod.Put, "/api/plans/sub3-spring/weeks/1", new WeekUpdate(WeeklyFocus: "Base two"), revision);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("changed since you read it", await second.Content.ReadAsStringAsync(Ct));
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(afterFirst, _host.ReadPlan(SamplePlans.Sub3Id));
        Assert.Contains("weekly_focus: Base one", afterFirst);
    }

    [Fact]
    public async Task A_hand_edit_between_read_and_write_makes_the_write_stale()
    {
        var read = await _client.GetAsync("/api/plans/sub3-spring", Ct);
        var handEdited = SamplePlans.Sub3.Replace("notes: Three weeks up, then sharpen.", "notes: Changed by hand.");
        _host.WritePlan(SamplePlans.Sub3Id, handEdited);

        var stale = await _client.SendJsonAsync(HttpMethod.Put, "/api/plans/sub3-spring/weeks/2", new WeekUpdate(TotalPlannedDistanceKm: 50),
            read.Headers.ETag!.Tag.Trim('"'));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(handEdited, _host.ReadPlan(SamplePlans.Sub3Id));
    }

    [Fact]
    public async Task Fifty_parallel_edits_all_land_and_the_file_parses_after_each()
    {
        using var watching = new CancellationTokenSource();
        var reads = 0;
        var unreadable = new List<string>();
        var watcher = Task.Run(async () =>
        {
            while (!watching.IsCancellationRequested)
            {
                var text = await File.ReadAllTextAsync(_host.PlanPath(SamplePlans.Sub3Id), Ct);
                var document = PlanReader.Read(SamplePlans.Sub3Id, text);
                if (document.IsBroken)
                {
                    unreadable.Add(text);
                }

                reads++;
                await Task.Yield();
            }
        }, Ct);

        var edits = Enumerable.Range(1, 50).Select(i => _client.SendJsonAsync(HttpMethod.Post, "/api/plans/sub3-spring/weeks/4/comments",
            new PlanComment($"edit {i:00}")));
        var responses = await Task.WhenAll(edits);
        await watching.CancelAsync();
        await watcher;

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Empty(unreadable);
        Assert.True(reads > 0);
        var plan = await _client.GetFromJsonAsync<TrainingPlan>("/api/plans/sub3-spring", Ct);
        Assert.Equal(Enumerable.Range(1, 50).Select(i => $"edit {i:00}").Order(), plan!.Weeks[3].Comments.Order());
        Assert.Empty(Directory.GetFiles(_host.PlansDir, "*.tmp"));
    }

    [Fact]
    public async Task Fifty_parallel_writes_from_the_same_revision_let_exactly_one_through()
    {
        var revision = (await _client.GetFromJsonAsync<TrainingPlan>("/api/plans/sub3-spring", Ct))!.Revision;

        var responses = await Task.WhenAll(Enumerable.Range(1, 50).Select(i => _client.SendJsonAsync(HttpMethod.Put,
            "/api/plans/sub3-spring/weeks/4", new WeekUpdate(TotalPlannedDistanceKm: i), revision)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(49, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.False(PlanReader.Read(SamplePlans.Sub3Id, _host.ReadPlan(SamplePlans.Sub3Id)).IsBroken);
    }

    public void Dispose() => _client.Dispose();
}
