using System.Net;
using System.Net.Http.Headers;
using MCPacer.EndToEnd.Tests.Mcp;

namespace MCPacer.EndToEnd.Tests.Observability;

/// <summary>What a maintainer reads in the Aspire dashboard's traces, read back through its telemetry API.</summary>
[Collection(ObservedStackCollection.Name)]
public sealed class TraceTests(ObservedStackFixture stack)
{
    static readonly TimeSpan Exported = TimeSpan.FromSeconds(60);

    CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_tool_call_is_one_trace_named_after_the_tool_that_reaches_the_owning_service()
    {
        stack.Require();
        var telemetry = stack.Telemetry();
        await using var client = await stack.ConnectMcpAsync(Ct);

        await client.CallTextAsync("get_plan_context", null, Ct);
        await client.CallErrorAsync("get_training_plan", new() { ["plan_id"] = "no-such-plan" }, Ct);

        var tool = await telemetry.WaitForSpanAsync(s => s.Service == "mcp" && s["gen_ai.tool.name"] == "get_plan_context", Exported, Ct);
        Assert.Equal("tools/call get_plan_context", tool.Name);
        Assert.Equal("tools/call", tool["mcp.method.name"]);
        Assert.Null(tool["error.type"]);

        var trace = await telemetry.WaitForTraceAsync(tool.TraceId,
            [s => s.Service == "gateway", s => s.Service == "plans" && s.Name.Contains("/api/plans/context")], Exported, Ct);
        Assert.Contains(trace, s => s.Service == "gateway" && s.ParentSpanId is null);
        var owner = Assert.Single(trace, s => s.Service == "plans" && s.Name.Contains("/api/plans/context"));
        Assert.True(Descends(trace, owner, tool), "the plans request is not a child of the tool call's span");

        var failed = await telemetry.WaitForSpanAsync(s => s.Service == "mcp" && s["gen_ai.tool.name"] == "get_training_plan", Exported, Ct);
        Assert.NotNull(failed["error.type"]);

        // A read answered as it should is no news: nothing at Information or above, in any service, for the whole trace.
        Assert.Empty((await telemetry.LogsAsync(tool.TraceId, Ct)).Where(log => log.Severity >= 9).Select(log => $"{log.Service} {log.Category}: {log.Body}"));
    }

    [Fact]
    public async Task Redis_commands_appear_inside_the_work_that_made_them_and_never_as_traces_of_their_own()
    {
        stack.Require();
        var telemetry = stack.Telemetry();
        using var gateway = stack.Gateway();

        // A saved session log is announced on Redis while the request is served.
        using var write = await gateway.PostAsJsonAsync("/api/coach/sessions", new { summary = "Redis trace probe" }, Ct);
        Assert.True(write.IsSuccessStatusCode, await write.Content.ReadAsStringAsync(Ct));
        var publish = await telemetry.WaitForSpanAsync(s => s.Service == "coach" && IsRedis(s) && s.Name.Contains("PUBLISH"), Exported, Ct);
        Assert.NotNull(publish.ParentSpanId);

        // Every service subscribed at start and its client has pinged since: none of that is a trace of its own.
        var roots = (await telemetry.SpansAsync(null, Ct)).Where(s => s.ParentSpanId is null && IsRedis(s)).Select(s => $"{s.Service}: {s.Name}");
        Assert.Empty(roots);
    }

    static bool IsRedis(ExportedSpan span) => span["db.system"] == "redis" || span["db.system.name"] == "redis";

    [Fact]
    public async Task A_stale_plan_edit_and_a_refused_memory_section_show_their_reasons_and_never_the_text()
    {
        stack.Require();
        var telemetry = stack.Telemetry();
        using var gateway = stack.Gateway();
        const string Secret = "private-note-7f3a";

        using var stale = new HttpRequestMessage(HttpMethod.Put, "/api/plans/demo-marathon-build/weeks/9")
        {
            Content = JsonContent.Create(new Dictionary<string, string> { ["weekly_focus"] = Secret }),
        };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"not-the-revision\""));
        using var staleAnswer = await gateway.SendAsync(stale, Ct);
        Assert.Equal(HttpStatusCode.Conflict, staleAnswer.StatusCode);

        using var heading = await gateway.PutAsJsonAsync("/api/coach/memory/sections/goals",
            new Dictionary<string, string> { ["content"] = $"## {Secret}\nmore" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, heading.StatusCode);

        var edit = await telemetry.WaitForSpanAsync(s => s.Service == "plans" && s.Name == "plan update week", Exported, Ct);
        Assert.Equal("demo-marathon-build", edit["mcpacer.plan.id"]);
        Assert.Equal("9", edit["mcpacer.plan.week"]);
        Assert.Equal("not-the-revision", edit["mcpacer.expected_revision"]);
        var refusal = Assert.Single(edit.Events, e => e.Name == "mcpacer.write.refused");
        Assert.Equal("stale", refusal.Attributes["mcpacer.refusal.reason"]);
        Assert.StartsWith("the plan is now at revision ", refusal.Attributes["mcpacer.refusal.detail"]);

        var memory = await telemetry.WaitForSpanAsync(
            s => s.Service == "coach" && s.Events.Any(e => e.Name == "mcpacer.write.refused"), Exported, Ct);
        var invalid = Assert.Single(memory.Events, e => e.Name == "mcpacer.write.refused");
        Assert.Equal("invalid", invalid.Attributes["mcpacer.refusal.reason"]);
        Assert.Equal("invalid content", invalid.Attributes["mcpacer.refusal.detail"]);

        var exported = (await telemetry.SpansAsync(edit.TraceId, Ct)).Concat(await telemetry.SpansAsync(memory.TraceId, Ct));
        Assert.DoesNotContain(exported, s => s.Attributes.Values.Concat(s.Events.SelectMany(e => e.Attributes.Values)).Any(v => v.Contains(Secret)));
    }

    [Fact]
    public async Task The_demo_sync_is_a_span_per_run_with_a_child_per_phase()
    {
        stack.Require();
        var telemetry = stack.Telemetry();

        // The first sync of the demo year takes a minute or two: its spans arrive when it ends.
        var run = await telemetry.WaitForSpanAsync(s => s.Service == "strava" && s.Name == "strava sync", TimeSpan.FromMinutes(5), Ct);
        var phases = (await telemetry.SpansAsync(run.TraceId, Ct)).Where(s => s.ParentSpanId == run.SpanId && s.Name.StartsWith("strava sync ")).ToList();

        Assert.Equal(["strava sync summaries", "strava sync details", "strava sync streams"], phases.OrderBy(s => s.Start).Select(s => s.Name));
        Assert.All(phases, phase => Assert.NotNull(phase["mcpacer.sync.items"]));
        Assert.NotNull(run["mcpacer.sync.pass"]);
        Assert.Contains(run["mcpacer.sync.kind"], new[] { "full", "incremental" });
    }

    static bool Descends(IReadOnlyList<ExportedSpan> trace, ExportedSpan span, ExportedSpan ancestor)
    {
        var byId = trace.ToDictionary(s => s.SpanId);
        for (var current = span; current.ParentSpanId is { } parent && byId.TryGetValue(parent, out var next); current = next)
        {
            if (next.SpanId == ancestor.SpanId)
            {
                return true;
            }
        }

        return false;
    }
}
