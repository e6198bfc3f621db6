using System.Net;
using System.Net.Http.Json;
using MCPacer.Contracts.Plans;
using MCPacer.Testing;
using Microsoft.AspNetCore.Mvc;
using static MCPacer.Plans.Tests.HttpExtensions;

namespace MCPacer.Plans.Tests;

/// <summary>
/// The plans folder full or read-only under a plan edit: a 507 that says which and that nothing changed, the plan
/// file byte for byte as it was, no temp file left, and reads still served. (Part of the fault suite,
/// tests/MCPacer.EndToEnd.Tests/Faults/README.md.)
/// </summary>
public sealed class DataFolderFaultTests : IDisposable
{
    readonly PlansHost _host = new();
    readonly HttpClient _client;

    public DataFolderFaultTests()
    {
        _host.WritePlan(SamplePlans.Sub3Id, SamplePlans.Sub3);
        _client = _host.CreateAuthorizedClient();
    }

    [Fact]
    public async Task An_edit_into_a_read_only_folder_is_a_507_and_the_plan_is_left_as_it_was()
    {
        await _client.GetFromJsonAsync<PlanSummary[]>("/api/plans", Ct);
        var before = await File.ReadAllBytesAsync(_host.PlanPath(SamplePlans.Sub3Id), Ct);

        using (FaultyFolder.ReadOnly(_host.PlansDir))
        {
            await AssertRefusedAsync("read-only", before);
        }

        Assert.Equal(before, await File.ReadAllBytesAsync(_host.PlanPath(SamplePlans.Sub3Id), Ct));
    }

    [Fact]
    public async Task An_edit_into_a_full_folder_is_a_507_and_the_plan_is_left_as_it_was()
    {
        await _client.GetFromJsonAsync<PlanSummary[]>("/api/plans", Ct);
        var before = await File.ReadAllBytesAsync(_host.PlanPath(SamplePlans.Sub3Id), Ct);

        using (FaultyFolder.Full(_host.PlansDir))
        {
            await AssertRefusedAsync("No space is left", before);
        }
    }

    async Task AssertRefusedAsync(string reason, byte[] before)
    {
        var response = await _client.SendJsonAsync(HttpMethod.Put, "/api/plans/sub3-spring/runs/2026-03-30", new RunFields(Description: "Moved to the track"));

        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(Ct);
        Assert.Equal(HttpStatusCode.InsufficientStorage, response.StatusCode);
        Assert.Equal("The data folder cannot be written", problem!.Title);
        Assert.Contains(reason, problem.Detail);
        Assert.Contains("nothing was changed", problem.Detail);
        Assert.Equal(before, await File.ReadAllBytesAsync(_host.PlanPath(SamplePlans.Sub3Id), Ct));
        Assert.Empty(Directory.EnumerateFiles(_host.PlansDir, "*.tmp"));
        var plan = await _client.GetFromJsonAsync<TrainingPlan>("/api/plans/sub3-spring", Ct);
        Assert.Null(plan!.Weeks[0].Runs[0].Description);
    }

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
    }
}
