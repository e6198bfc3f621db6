using System.Net;
using System.Net.Http.Json;
using MCPacer.Contracts.Coach;
using MCPacer.Testing;
using Microsoft.AspNetCore.Mvc;

namespace MCPacer.Coach.Tests;

public sealed class SessionLogTests(RedisServer redis) : IDisposable
{
    readonly CoachHost _coach = new(redis);
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_second_save_the_same_day_appends_to_the_log()
    {
        var day = new DateOnly(2026, 11, 20);
        (await _coach.Client.PostAsJsonAsync("/api/coach/sessions", new SaveSessionLogRequest("Morning: reviewed the long run.", day), Ct))
            .EnsureSuccessStatusCode();
        var second = await _coach.Client.PostAsJsonAsync("/api/coach/sessions", new SaveSessionLogRequest("Evening: moved the tempo.", day), Ct);

        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(
            "## Session 2026-11-20 — Coach\n\nMorning: reviewed the long run.\n\n## Session 2026-11-20 — Coach\n\nEvening: moved the tempo.\n",
            await File.ReadAllTextAsync(Path.Combine(_coach.SessionsDir, "2026-11-20.md"), Ct));
    }

    [Fact]
    public async Task Distilling_40_logs_keeps_at_most_30_history_lines_and_archives_the_rest()
    {
        _coach.WriteMemory("# Coach Memory\n\n## Athlete\n- Name: Sam\n\n## Session History\nKept by hand: met at the club.\n");
        var first = new DateOnly(2026, 9, 1);
        for (var i = 0; i < 40; i++)
        {
            var summary = $"---\n**Day {i}**: {new string('z', i == 5 ? 200 : 3)} reviewed week {i}\n\nDetails nobody distils.";
            (await _coach.Client.PostAsJsonAsync("/api/coach/sessions", new SaveSessionLogRequest(summary, first.AddDays(i)), Ct))
                .EnsureSuccessStatusCode();
        }

        var recent = await _coach.Client.GetFromJsonAsync<SessionLogs>("/api/coach/sessions", Ct);

        Assert.Equal([first.AddDays(39), first.AddDays(38), first.AddDays(37)], recent!.Logs.Select(l => l.Date));
        Assert.Equal(37, recent.Distilled.Count);
        Assert.Equal(3, Directory.GetFiles(_coach.SessionsDir, "*.md").Length);
        Assert.Equal(37, Directory.GetFiles(_coach.ArchiveDir, "*.md").Length);
        var history = (await _coach.Client.GetFromJsonAsync<MemorySection>("/api/coach/memory/sections/session_history", Ct))!.Content
            .Split('\n');
        Assert.Equal("Kept by hand: met at the club.", history[0]);
        var lines = history.Skip(1).ToList();
        Assert.Equal(30, lines.Count);
        Assert.Equal("- 2026-10-07: Day 36: zzz reviewed week 36", lines[0]);
        Assert.Equal(lines.OrderDescending(StringComparer.Ordinal), lines);
        Assert.All(lines, l => Assert.True(l.Length <= "- 2026-10-07: ".Length + 120));

        var again = await _coach.Client.GetFromJsonAsync<SessionLogs>("/api/coach/sessions?count=5", Ct);
        Assert.Empty(again!.Distilled);
        Assert.Equal(3, again.Logs.Count);
    }

    [Fact]
    public async Task An_archived_log_is_still_readable_by_date()
    {
        _coach.WriteMemory("# Coach Memory\n\n## Session History\n");
        for (var day = 1; day <= 4; day++)
        {
            (await _coach.Client.PostAsJsonAsync("/api/coach/sessions",
                new SaveSessionLogRequest($"Session on day {day}.", new DateOnly(2026, 11, day)), Ct)).EnsureSuccessStatusCode();
        }

        await _coach.Client.GetFromJsonAsync<SessionLogs>("/api/coach/sessions", Ct);

        var archived = await _coach.Client.GetFromJsonAsync<SessionLog>("/api/coach/sessions/archive/2026-11-01", Ct);
        Assert.True(archived!.Archived);
        Assert.Contains("Session on day 1.", archived.Content);
        var byDate = await _coach.Client.GetFromJsonAsync<SessionLog>("/api/coach/sessions/2026-11-01", Ct);
        Assert.True(byDate!.Archived);
        Assert.Equal([new DateOnly(2026, 11, 1)], await _coach.Client.GetFromJsonAsync<List<DateOnly>>("/api/coach/sessions/archive", Ct));
        Assert.Equal(HttpStatusCode.NotFound, (await _coach.Client.GetAsync("/api/coach/sessions/archive/2026-11-04", Ct)).StatusCode);
    }

    [Fact]
    public async Task Without_memory_older_logs_stay_where_they_are()
    {
        for (var day = 1; day <= 5; day++)
        {
            (await _coach.Client.PostAsJsonAsync("/api/coach/sessions",
                new SaveSessionLogRequest($"Session {day}.", new DateOnly(2026, 11, day)), Ct)).EnsureSuccessStatusCode();
        }

        var recent = await _coach.Client.GetFromJsonAsync<SessionLogs>("/api/coach/sessions", Ct);

        Assert.Equal(3, recent!.Logs.Count);
        Assert.Empty(recent.Distilled);
        Assert.Equal(5, Directory.GetFiles(_coach.SessionsDir, "*.md").Length);
        Assert.False(File.Exists(_coach.MemoryFile));
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("yesterday")]
    [InlineData("2026-11-1")]
    public async Task A_session_date_that_is_not_a_date_is_refused(string date)
    {
        var response = await _coach.Client.GetAsync($"/api/coach/sessions/{date}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("yyyy-MM-dd", (await response.Content.ReadFromJsonAsync<ProblemDetails>(Ct))!.Detail);
    }

    [Fact]
    public async Task Saving_with_a_date_that_is_not_a_date_writes_nothing()
    {
        var response = await _coach.Client.PostAsync("/api/coach/sessions",
            new StringContent("""{"summary":"x","date":"2026-02-30"}""", System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("$.date", (await response.Content.ReadFromJsonAsync<ProblemDetails>(Ct))!.Detail);
        Assert.Empty(_coach.Snapshot());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public async Task More_than_five_or_fewer_than_one_log_is_refused(int count)
    {
        var response = await _coach.Client.GetAsync($"/api/coach/sessions?count={count}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_empty_or_oversized_summary_is_refused_and_nothing_written()
    {
        var empty = await _coach.Client.PostAsJsonAsync("/api/coach/sessions", new SaveSessionLogRequest("  "), Ct);
        var huge = await _coach.Client.PostAsJsonAsync("/api/coach/sessions", new SaveSessionLogRequest(new string('x', 70_000)), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Empty(_coach.Snapshot());
    }

    public void Dispose() => _coach.Dispose();
}
