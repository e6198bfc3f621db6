using System.Diagnostics;
using System.Net.Http.Json;
using MCPacer.Contracts.Coach;
using MCPacer.Testing;

namespace MCPacer.Coach.Tests;

/// <summary>The session context carries the run context's load line from strava, or one line saying why it cannot.</summary>
public sealed class SessionContextLoadTests(RedisServer redis)
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_session_context_ends_with_stravas_load_line_within_60_tokens()
    {
        await using var strava = await StravaLoadStandIn.StartAsync();
        using var coach = new CoachHost(redis, stravaUrl: strava.Url);

        var context = (await coach.Client.GetFromJsonAsync<SessionContext>("/api/coach/session-context?persona=kim", Ct))!;

        var load = context.Parts[^1];
        Assert.Equal(("load", StravaLoadStandIn.DefaultLoadLine), (load.Name, load.Content));
        Assert.InRange(load.ApproxTokens, 1, 60);
        Assert.Single(strava.Asked);
    }

    [Fact]
    public async Task Without_strava_the_load_part_says_so_in_one_line_and_the_context_still_comes()
    {
        using var coach = new CoachHost(redis, stravaUrl: $"http://127.0.0.1:{RedisServer.FreePort()}");
        var clock = Stopwatch.StartNew();

        var context = (await coach.Client.GetFromJsonAsync<SessionContext>("/api/coach/session-context?persona=kim", Ct))!;

        Assert.StartsWith("LOAD unavailable:", context.Parts[^1].Content);
        Assert.DoesNotContain('\n', context.Parts[^1].Content);
        Assert.Equal("persona:kim", context.Parts[2].Name);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }
}
