using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MCPacer.Contracts.Coach;
using MCPacer.Contracts.Plans;
using MCPacer.Testing;

namespace MCPacer.EndToEnd.Tests.Faults;

/// <summary>
/// kill -9 of each service in turn while plan edits and memory writes run through the gateway and the killed service
/// is read: the AppHost restarts it, every write is complete or absent (never half-written), the files still parse,
/// no temp file is left, and the next calls succeed. The figures (time until it answered again, failed reads and
/// writes) go to the test output.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class ServiceKillTests(FaultStack faults)
{
    const string MemorySection = "training_context";
    static readonly TimeSpan RecoveryTimeout = TimeSpan.FromSeconds(90);

    static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Services => ["strava", "plans", "coach", "terminal", "mcp", "dashboard", "gateway"];

    [Theory]
    [MemberData(nameof(Services))]
    public async Task A_service_killed_during_writes_comes_back_and_every_write_is_complete_or_absent(string service)
    {
        faults.Require();
        var (plan, date) = await faults.EditedRunAsync(Ct);
        using var gateway = faults.Gateway();
        var planWriter = new SequentialWriter($"kill {service} plan", (value, ct) =>
            gateway.PutAsJsonAsync($"/api/plans/{plan}/runs/{date:yyyy-MM-dd}", new RunFields(Description: value), ct));
        var memoryWriter = new SequentialWriter($"kill {service} memory", (value, ct) =>
            gateway.PutAsJsonAsync($"/api/coach/memory/sections/{MemorySection}", new ReplaceMemoryRequest(value), ct));
        var probe = new ServiceProbe(ct => ReadAsync(gateway, service, ct));
        await faults.WaitUntilServingAsync(["/api/plans", "/api/coach/memory"], Ct);
        for (var wait = 0; !await ReadAsync(gateway, service, Ct); wait++)
        {
            Assert.True(wait < 480, $"{service} did not answer for 2 minutes before the fault");
            await Task.Delay(250, Ct);
        }

        var restartsBefore = await faults.RestartsAsync(service);
        var pid = await faults.PidAsync(service);

        using var stop = new CancellationTokenSource();
        var load = Task.WhenAll(planWriter.RunAsync(stop.Token), memoryWriter.RunAsync(stop.Token), probe.RunAsync(stop.Token));
        await Task.Delay(TimeSpan.FromSeconds(2), Ct);
        probe.FaultNow();
        ProcessTree.Signal(pid, ProcessTree.SigKill);
        var deadline = DateTime.UtcNow + RecoveryTimeout;
        while (!(probe.Back && await faults.RestartsAsync(service) > restartsBefore) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250, Ct);
        }

        await Task.Delay(TimeSpan.FromSeconds(2), Ct);
        await stop.CancelAsync();
        await load;

        var storedRun = await StoredRunDescriptionAsync(gateway, plan, date);
        var storedMemory = (await gateway.GetFromJsonAsync<MemorySection>($"/api/coach/memory/sections/{MemorySection}", Ct))!.Content;
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"kill -9 {service}: answered again after {probe.Recovery?.TotalSeconds:0.0} s; reads {probe.Reads} ({probe.Errors} failed); "
            + $"plan writes {planWriter.Acknowledged} acknowledged, {planWriter.Failed} failed, in flight {planWriter.Judge(storedRun)}; "
            + $"memory writes {memoryWriter.Acknowledged} acknowledged, {memoryWriter.Failed} failed, in flight {memoryWriter.Judge(storedMemory)}; "
            + $"cpu {File.ReadLines("/proc/pressure/cpu").First()}");

        Assert.False(ProcessTree.IsAlive(pid), $"{service} ({pid}) was not killed");
        Assert.True(probe.Back, $"{service} did not answer again within {RecoveryTimeout.TotalSeconds} s ({probe.Errors} failed reads)");
        Assert.True(await faults.RestartsAsync(service) > restartsBefore, $"the AppHost did not restart {service}");
        Assert.True(planWriter.Judge(storedRun) is not null, $"the plan's run says '{storedRun}' after: {planWriter}");
        Assert.True(memoryWriter.Judge(storedMemory) is not null, $"the memory section says '{storedMemory}' after: {memoryWriter}");
        Assert.True(planWriter.Acknowledged > 0 && memoryWriter.Acknowledged > 0, "the load wrote nothing");
        var stored = await gateway.GetFromJsonAsync<TrainingPlan>($"/api/plans/{plan}", Ct);
        Assert.False(stored!.Broken, string.Join("; ", stored.Problems.Select(p => p.Message)));
        Assert.Empty(faults.HalfWrittenFiles());
        using var next = await gateway.PutAsJsonAsync($"/api/plans/{plan}/runs/{date:yyyy-MM-dd}", new RunFields(Description: $"after {service}"), Ct);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal($"after {service}", await StoredRunDescriptionAsync(gateway, plan, date));
    }

    static async Task<string?> StoredRunDescriptionAsync(HttpClient gateway, string plan, DateOnly date)
    {
        var stored = await gateway.GetFromJsonAsync<TrainingPlan>($"/api/plans/{plan}", Ct);
        return stored!.Weeks.SelectMany(w => w.Runs).Single(r => r.Date == date && r.Index == 0).Description;
    }

    /// <summary>A read that only the killed service can answer (the gateway's: any read through it).</summary>
    static async Task<bool> ReadAsync(HttpClient gateway, string service, CancellationToken ct)
    {
        using var request = service switch
        {
            "strava" => new HttpRequestMessage(HttpMethod.Get, "/api/strava/sync"),
            "plans" or "gateway" => new HttpRequestMessage(HttpMethod.Get, "/api/plans"),
            "coach" => new HttpRequestMessage(HttpMethod.Get, "/api/coach/memory"),
            "terminal" => new HttpRequestMessage(HttpMethod.Get, "/terminal/sessions"),
            "mcp" => McpInitialize(),
            "dashboard" => new HttpRequestMessage(HttpMethod.Get, "/"),
            _ => throw new ArgumentOutOfRangeException(nameof(service)),
        };
        using var response = await gateway.SendAsync(request, ct);
        return response.StatusCode == HttpStatusCode.OK;
    }

    static HttpRequestMessage McpInitialize()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/mcp")
        {
            Content = new StringContent(
                """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"fault-probe","version":"1"}}}""",
                Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        return request;
    }
}
