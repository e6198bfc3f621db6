using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Threading.Channels;
using MCPacer.Contracts.Coach;
using MCPacer.Contracts.Events;
using MCPacer.Events;
using MCPacer.Testing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace MCPacer.Coach.Tests;

public sealed class MemoryTests(RedisServer redis) : IDisposable
{
    readonly CoachHost _coach = new(redis);
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    const string HandWritten =
        "# Coach Memory\r\n" +
        "Notes the athlete typed in an editor, before any section.\n\n" +
        "## Athlete\n- Name: Sam\n- Preferred persona: kim\n\n" +
        "## Shoes\nRotation: Pegasus for easy, Vaporfly for races.\n\n\n" +
        "## Goals\n- Sub-3 marathon, Berlin 2027\n\n" +
        "```\n## not a heading, inside a fence\n```\n\n" +
        "## PRs\n- Marathon 3:11:02 (2026-04)\n" +
        "## Training Context\n  odd   spacing kept  \n\n" +
        "## Session History\n- 2026-11-01: first session";

    [Fact]
    public async Task Without_memory_the_onboarding_sentence_is_returned()
    {
        var memory = await _coach.Client.GetFromJsonAsync<CoachMemory>("/api/coach/memory", Ct);

        Assert.False(memory!.Exists);
        Assert.Equal("No coach memory found. This athlete has not been onboarded yet.", memory.Content);
        var section = await _coach.Client.GetAsync("/api/coach/memory/sections/goals", Ct);
        Assert.Equal(HttpStatusCode.NotFound, section.StatusCode);
    }

    [Fact]
    public async Task Section_replace_leaves_the_rest_of_the_file_byte_identical()
    {
        _coach.WriteMemory(HandWritten);

        var response = await _coach.Client.PutAsJsonAsync("/api/coach/memory/sections/goals",
            new ReplaceMemoryRequest("- Sub-3 marathon, Berlin 2027\n- 10K under 38:00 in spring"), Ct);

        response.EnsureSuccessStatusCode();
        var start = HandWritten.IndexOf("## Goals\n", StringComparison.Ordinal) + "## Goals\n".Length;
        var end = HandWritten.IndexOf("## PRs", StringComparison.Ordinal);
        var expected = HandWritten[..start] + "- Sub-3 marathon, Berlin 2027\n- 10K under 38:00 in spring\n\n" + HandWritten[end..];
        Assert.Equal(Encoding.UTF8.GetBytes(expected), await File.ReadAllBytesAsync(_coach.MemoryFile, Ct));
    }

    [Fact]
    public async Task Replacing_a_section_missing_from_the_file_appends_it_and_keeps_the_rest()
    {
        _coach.WriteMemory(HandWritten);

        (await _coach.Client.PutAsJsonAsync("/api/coach/memory/sections/active_flags",
            new ReplaceMemoryRequest("- Left groin tight after intervals"), Ct)).EnsureSuccessStatusCode();

        var text = await File.ReadAllTextAsync(_coach.MemoryFile, Ct);
        Assert.StartsWith(HandWritten, text);
        Assert.EndsWith("\n\n## Active Flags\n- Left groin tight after intervals\n", text);
        var section = await _coach.Client.GetFromJsonAsync<MemorySection>("/api/coach/memory/sections/active_flags", Ct);
        Assert.Equal("- Left groin tight after intervals", section!.Content);
    }

    [Fact]
    public async Task The_first_section_write_creates_the_memory_with_all_seven_sections()
    {
        (await _coach.Client.PutAsJsonAsync("/api/coach/memory/sections/athlete",
            new ReplaceMemoryRequest("- Name: Sam"), Ct)).EnsureSuccessStatusCode();

        var memory = await _coach.Client.GetFromJsonAsync<CoachMemory>("/api/coach/memory", Ct);
        Assert.True(memory!.Exists);
        Assert.Equal(["athlete", "prs", "goals", "active_flags", "training_context", "patterns", "session_history"],
            memory.Sections.Select(s => s.Key));
        Assert.All(memory.Sections, s => Assert.True(s.Present));
        Assert.Equal("- Name: Sam", memory.Sections[0].Content);
    }

    [Fact]
    public async Task Unknown_section_is_refused_with_the_valid_keys_and_nothing_written()
    {
        _coach.WriteMemory(HandWritten);
        var before = _coach.Snapshot();

        var response = await _coach.Client.PutAsJsonAsync("/api/coach/memory/sections/shoes", new ReplaceMemoryRequest("x"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(Ct);
        Assert.Contains("athlete, prs, goals, active_flags, training_context, patterns, session_history", problem!.Detail);
        Assert.Equal(before, _coach.Snapshot());
    }

    [Fact]
    public async Task Content_over_64_KB_is_refused_and_nothing_written()
    {
        _coach.WriteMemory(HandWritten);
        var before = _coach.Snapshot();

        var response = await _coach.Client.PutAsJsonAsync("/api/coach/memory/sections/patterns",
            new ReplaceMemoryRequest(new string('x', 64 * 1024 + 1)), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("64 KB", (await response.Content.ReadFromJsonAsync<ProblemDetails>(Ct))!.Detail);
        Assert.Equal(before, _coach.Snapshot());
    }

    [Fact]
    public async Task Content_that_would_start_another_section_is_refused()
    {
        _coach.WriteMemory(HandWritten);

        var response = await _coach.Client.PutAsJsonAsync("/api/coach/memory/sections/patterns",
            new ReplaceMemoryRequest("- runs hot\n## Goals\n- hijacked"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Line 2", (await response.Content.ReadFromJsonAsync<ProblemDetails>(Ct))!.Detail);
        Assert.Equal(HandWritten, await File.ReadAllTextAsync(_coach.MemoryFile, Ct));
    }

    [Fact]
    public async Task Stale_write_returns_409_and_keeps_the_file()
    {
        _coach.WriteMemory(HandWritten);
        var read = await _coach.Client.GetAsync("/api/coach/memory", Ct);
        var etag = read.Headers.ETag!.Tag;
        await File.AppendAllTextAsync(_coach.MemoryFile, "\nEdited in a text editor meanwhile.\n", Ct);
        var edited = await File.ReadAllTextAsync(_coach.MemoryFile, Ct);

        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/coach/memory/sections/goals")
        {
            Content = JsonContent.Create(new ReplaceMemoryRequest("- overwrite")),
        };
        request.Headers.IfMatch.ParseAdd(etag);
        var response = await _coach.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(edited, await File.ReadAllTextAsync(_coach.MemoryFile, Ct));
    }

    [Fact]
    public async Task Write_with_the_current_etag_succeeds_and_returns_the_new_one()
    {
        _coach.WriteMemory(HandWritten);
        var etag = (await _coach.Client.GetAsync("/api/coach/memory", Ct)).Headers.ETag!.Tag;

        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/coach/memory/sections/goals")
        {
            Content = JsonContent.Create(new ReplaceMemoryRequest("- Berlin")),
        };
        request.Headers.IfMatch.ParseAdd(etag);
        var response = await _coach.Client.SendAsync(request, Ct);

        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync<MemoryWriteResult>(Ct);
        Assert.NotEqual(etag, response.Headers.ETag!.Tag);
        Assert.Equal($"\"{result!.Version}\"", response.Headers.ETag.Tag);
    }

    [Fact]
    public async Task Fifty_concurrent_section_updates_lose_none()
    {
        (await _coach.Client.PutAsJsonAsync("/api/coach/memory/sections/athlete", new ReplaceMemoryRequest("- Name: Sam"), Ct))
            .EnsureSuccessStatusCode();
        var keys = new[] { "prs", "goals", "active_flags", "training_context", "patterns" };

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            _coach.Client.PutAsJsonAsync($"/api/coach/memory/sections/{keys[i % keys.Length]}", new ReplaceMemoryRequest($"update {i}"), Ct)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        // Walk the kept versions oldest to newest: each write changed exactly one section from the state before it,
        // so every update appears once in the chain and the final file holds the last write of every section.
        var versions = (await _coach.Client.GetFromJsonAsync<List<MemoryVersion>>("/api/coach/memory/versions", Ct))!;
        Assert.Equal(50, versions.Count);
        var states = new List<string>();
        foreach (var version in Enumerable.Reverse(versions))
        {
            states.Add((await _coach.Client.GetFromJsonAsync<MemoryVersionContent>($"/api/coach/memory/versions/{version.Id}", Ct))!.Content);
        }

        states.Add(await File.ReadAllTextAsync(_coach.MemoryFile, Ct));
        var applied = new List<string>();
        for (var i = 1; i < states.Count; i++)
        {
            var before = Sections(states[i - 1]);
            var after = Sections(states[i]);
            var changed = keys.Where(k => before[k] != after[k]).ToList();
            Assert.Single(changed);
            applied.Add(after[changed[0]]);
        }

        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"update {i}").Order(), applied.Order());
    }

    [Fact]
    public async Task Undo_restores_the_previous_version()
    {
        _coach.WriteMemory(HandWritten);
        (await _coach.Client.PutAsJsonAsync("/api/coach/memory/sections/goals", new ReplaceMemoryRequest("- a bad rewrite"), Ct))
            .EnsureSuccessStatusCode();

        var undo = await _coach.Client.PostAsync("/api/coach/memory/undo", null, Ct);

        undo.EnsureSuccessStatusCode();
        Assert.Equal(HandWritten, await File.ReadAllTextAsync(_coach.MemoryFile, Ct));
        var versions = await _coach.Client.GetFromJsonAsync<List<MemoryVersion>>("/api/coach/memory/versions", Ct);
        Assert.Contains("a bad rewrite", (await _coach.Client.GetFromJsonAsync<MemoryVersionContent>(
            $"/api/coach/memory/versions/{versions![0].Id}", Ct))!.Content);
    }

    [Fact]
    public async Task A_chosen_version_can_be_restored_and_the_change_is_announced_on_redis()
    {
        _coach.WriteMemory(HandWritten);
        for (var i = 1; i <= 3; i++)
        {
            (await _coach.Client.PutAsJsonAsync("/api/coach/memory/sections/goals", new ReplaceMemoryRequest($"- goal {i}"), Ct))
                .EnsureSuccessStatusCode();
        }

        var versions = (await _coach.Client.GetFromJsonAsync<List<MemoryVersion>>("/api/coach/memory/versions", Ct))!;
        var original = versions[^1];
        // The three edits' own announcements may still be on their way: wait for the one of the restored version.
        var announced = Channel.CreateUnbounded<CoachMemoryChanged>();
        var bus = _coach.Factory.Services.GetRequiredService<IEventBus>();
        await using var subscription = await bus.SubscribeAsync<CoachMemoryChanged>(e => announced.Writer.WriteAsync(e, Ct).AsTask(), Ct);

        var restore = await _coach.Client.PostAsync($"/api/coach/memory/versions/{original.Id}/restore", null, Ct);

        restore.EnsureSuccessStatusCode();
        Assert.Equal(HandWritten, await File.ReadAllTextAsync(_coach.MemoryFile, Ct));
        var restored = (await restore.Content.ReadFromJsonAsync<MemoryWriteResult>(Ct))!.Version;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        deadline.CancelAfter(TimeSpan.FromSeconds(5));
        await announced.Reader.ReadAllAsync(deadline.Token).FirstAsync(e => e.Version == restored, deadline.Token);
    }

    [Fact]
    public async Task History_keeps_the_last_50_versions()
    {
        _coach.WriteMemory(HandWritten);
        for (var i = 0; i < 55; i++)
        {
            (await _coach.Client.PutAsJsonAsync("/api/coach/memory/sections/patterns", new ReplaceMemoryRequest($"- {i}"), Ct))
                .EnsureSuccessStatusCode();
        }

        var versions = (await _coach.Client.GetFromJsonAsync<List<MemoryVersion>>("/api/coach/memory/versions", Ct))!;
        Assert.Equal(50, versions.Count);
        Assert.Equal(50, Directory.GetFiles(Path.Combine(_coach.CoachDir, "memory-history")).Length);
        var newest = await _coach.Client.GetFromJsonAsync<MemoryVersionContent>($"/api/coach/memory/versions/{versions[0].Id}", Ct);
        Assert.Contains("## Patterns & Insights\n- 53\n", newest!.Content);
    }

    static Dictionary<string, string> Sections(string text)
    {
        var document = MemoryDocument.Parse(text);
        return MemorySectionKeys.All.ToDictionary(s => s.Key, s => document.Section(s.Title) ?? "");
    }

    public void Dispose() => _coach.Dispose();
}
