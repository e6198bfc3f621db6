using System.Diagnostics;
using System.Net.Http.Json;
using MCPacer.Contracts.Coach;
using MCPacer.Contracts.Training;
using MCPacer.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace MCPacer.Coach.Tests;

/// <summary>The session context carries the run context's load line from strava, or one line saying why it cannot.</summary>
public sealed class SessionContextLoadTests(RedisServer redis)
{
    const string LoadLine = "LOAD CTL 62 (+3/wk) ATL 75 TSB -13 ACWR 1.21 | flag: long run +22 % this wk";

    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_session_context_ends_with_stravas_load_line_within_60_tokens()
    {
        var asked = new List<string>();
        await using var strava = await StartStravaAsync(asked);
        using var coach = new CoachHost(redis, stravaUrl: strava.Urls.First());

        var context = (await coach.Client.GetFromJsonAsync<SessionContext>("/api/coach/session-context?persona=kim", Ct))!;

        var load = context.Parts[^1];
        Assert.Equal(("load", LoadLine), (load.Name, load.Content));
        Assert.InRange(load.ApproxTokens, 1, 60);
        Assert.Single(asked);
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

    /// <summary>A stand-in for the strava service's GET /api/strava/training/load (another service, written separately).</summary>
    static async Task<WebApplication> StartStravaAsync(List<string> asked)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/api/strava/training/load", (HttpRequest request) =>
        {
            lock (asked)
            {
                asked.Add(request.QueryString.Value ?? "");
            }

            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            return new TrainingLoadSeries(today, today, [], [], LoadLine, new Dictionary<string, int>(), "conventions");
        });
        await app.StartAsync();
        return app;
    }
}
