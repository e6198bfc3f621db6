using System.Net;
using System.Net.Http.Json;
using System.Text;
using MCPacer.Contracts.Coach;
using MCPacer.Testing;
using Microsoft.AspNetCore.Mvc;

namespace MCPacer.Coach.Tests;

/// <summary>
/// Coach files broken by hand (the memory saved as Latin-1, a body map that is not JSON): reads and writes are refused
/// naming the file and line, and the file is never overwritten. (Part of the fault suite,
/// tests/MCPacer.EndToEnd.Tests/Faults/README.md; broken plan files: tests/MCPacer.Plans.Tests/ValidationTests.cs.)
/// </summary>
public sealed class HandEditedFileTests(RedisServer redis) : IDisposable
{
    readonly CoachHost _coach = new(redis);
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_memory_saved_in_another_encoding_is_reported_with_its_line_and_never_rewritten()
    {
        var latin1 = Encoding.Latin1.GetBytes("# Coach Memory\n\n## Athlete\n- Name: Jürgen Müller\n\n## Goals\n- Sub-3\n");
        Directory.CreateDirectory(_coach.CoachDir);
        await File.WriteAllBytesAsync(_coach.MemoryFile, latin1, Ct);

        using var read = await _coach.Client.GetAsync("/api/coach/memory", Ct);
        using var write = await _coach.Client.PutAsJsonAsync("/api/coach/memory/sections/goals", new ReplaceMemoryRequest("- Sub-2:55"), Ct);

        await AssertReportedAsync(read, "COACH_MEMORY.md (line 4)");
        await AssertReportedAsync(write, "COACH_MEMORY.md (line 4)");
        Assert.Equal(latin1, await File.ReadAllBytesAsync(_coach.MemoryFile, Ct));
    }

    [Fact]
    public async Task A_session_log_saved_in_another_encoding_is_not_appended_to()
    {
        var day = new DateOnly(2026, 11, 20);
        var latin1 = Encoding.Latin1.GetBytes("## Session 2026-11-20 — Coach\n\nTempo in Köln.\n".Replace("—", "-"));
        Directory.CreateDirectory(_coach.SessionsDir);
        var file = Path.Combine(_coach.SessionsDir, "2026-11-20.md");
        await File.WriteAllBytesAsync(file, latin1, Ct);

        using var save = await _coach.Client.PostAsJsonAsync("/api/coach/sessions", new SaveSessionLogRequest("Evening: moved the tempo.", day), Ct);

        await AssertReportedAsync(save, "2026-11-20.md (line 3)");
        Assert.Equal(latin1, await File.ReadAllBytesAsync(file, Ct));
    }

    [Fact]
    public async Task A_body_map_that_is_not_json_is_reported_with_its_line_and_never_rewritten()
    {
        (await _coach.Client.PutAsJsonAsync("/api/coach/bodymap/painted/back_left_calf", new RegionPaint(Sensation.Pain), Ct)).EnsureSuccessStatusCode();
        var file = Path.Combine(_coach.CoachDir, "bodymap.json");
        var broken = Encoding.UTF8.GetBytes("{\n  \"painted\": [\n    { \"regionId\": \"back_left_calf\",\n  ]\n}\n");
        await File.WriteAllBytesAsync(file, broken, Ct);

        using var read = await _coach.Client.GetAsync("/api/coach/bodymap", Ct);
        using var write = await _coach.Client.PutAsJsonAsync("/api/coach/bodymap/painted/back_left_calf", new RegionPaint(Sensation.Tightness), Ct);

        await AssertReportedAsync(read, "bodymap.json (line 4)");
        await AssertReportedAsync(write, "bodymap.json (line 4)");
        Assert.Equal(broken, await File.ReadAllBytesAsync(file, Ct));
    }

    static async Task AssertReportedAsync(HttpResponseMessage response, string fileAndLine)
    {
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(Ct);
        Assert.Equal("A coach data file is unreadable; fix or remove it", problem!.Title);
        Assert.Contains(fileAndLine, problem.Detail);
    }

    public void Dispose() => _coach.Dispose();
}
