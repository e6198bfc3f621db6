using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using MCPacer.AppHost.Hosting;
using MCPacer.Contracts.Strava;
using MCPacer.Contracts.StravaApi;

namespace MCPacer.EndToEnd.Tests.Faults;

/// <summary>
/// Strava failing in the middle of the demo athlete's first sync (the stand-in plays the fault on
/// <c>POST /_standin/faults</c> while the sync fetches details): what the sync status and the connection status say
/// (what the dashboard shows), that the sync ends with every activity having fetched each detail about once (it
/// resumed where it was, not from the start), and that the stored tokens still work on Strava. The in-process
/// versions with finer control: tests/MCPacer.Strava.Tests (SyncTests: 5xx retried, a 429 from a spent window,
/// a sync cut short resumes; TokenRefreshTests; OAuthTests: a revoked grant).
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class StravaFaultTests(FaultStack faults)
{
    const string DetailEndpoint = "GET /api/v3/activities/{id:long}";
    static readonly TimeSpan SyncTimeout = TimeSpan.FromMinutes(6);

    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Strava_answering_500s_stops_the_sync_saying_so_and_the_next_sync_resumes_where_it_was()
    {
        faults.Require();
        await StartFreshSyncAsync();

        // One more than the retries: the request fails for good.
        await PlayAsync(new StandInFault(StandInFault.ServerError, 5));
        var (stopped, _) = await faults.WaitForSyncAsync(p => p.Phase == SyncPhases.Failed, SyncTimeout, Ct);
        using var gateway = faults.Gateway();
        (await gateway.PostAsync("/api/strava/sync", null, Ct)).EnsureSuccessStatusCode();
        var (done, seen) = await faults.WaitForSyncAsync(Finished, SyncTimeout, Ct);

        Report("500 x5", seen);
        Assert.Equal("The sync stopped while fetching details: Strava answered 500 after several tries; try again in a few minutes.", stopped.Message);
        await AssertEachDetailFetchedAboutOnceAsync(done, injected: 5);
        await AssertStoredTokensWorkAsync();
    }

    [Fact]
    public async Task A_429_waits_for_the_next_window_and_the_sync_goes_on()
    {
        faults.Require();
        await StartFreshSyncAsync();

        await PlayAsync(new StandInFault(StandInFault.RateLimit));
        var (done, seen) = await faults.WaitForSyncAsync(Finished, SyncTimeout, Ct);

        Report("429", seen);
        Assert.DoesNotContain(seen, line => line.StartsWith(SyncPhases.Failed, StringComparison.Ordinal));
        Assert.True((await faults.StandInStatsAsync(Ct)).GetProperty("rateLimited").GetInt64() >= 1);
        await AssertEachDetailFetchedAboutOnceAsync(done, injected: 1);
        await AssertStoredTokensWorkAsync();
    }

    [Fact]
    public async Task A_request_strava_never_answers_is_given_up_and_tried_again_and_the_sync_goes_on()
    {
        faults.Require();
        await StartFreshSyncAsync();

        await PlayAsync(new StandInFault(StandInFault.Timeout));
        var (done, seen) = await faults.WaitForSyncAsync(Finished, SyncTimeout, Ct);

        Report("timeout", seen);
        Assert.DoesNotContain(seen, line => line.StartsWith(SyncPhases.Failed, StringComparison.Ordinal));
        await AssertEachDetailFetchedAboutOnceAsync(done, injected: 1);
        await AssertStoredTokensWorkAsync();
    }

    [Fact]
    public async Task An_expired_token_is_refreshed_and_the_sync_goes_on_with_stored_tokens_that_work()
    {
        faults.Require();
        await StartFreshSyncAsync();
        var tokensBefore = await StoredAccessTokenAsync();

        await PlayAsync(new StandInFault(StandInFault.ExpireTokens));
        var (done, seen) = await faults.WaitForSyncAsync(Finished, SyncTimeout, Ct);

        Report("expired token", seen);
        Assert.DoesNotContain(seen, line => line.StartsWith(SyncPhases.Failed, StringComparison.Ordinal));
        Assert.NotEqual(tokensBefore, await StoredAccessTokenAsync());
        await AssertEachDetailFetchedAboutOnceAsync(done, injected: 1);
        await AssertStoredTokensWorkAsync();
    }

    [Fact]
    public async Task A_revoked_token_stops_the_sync_asking_to_reconnect_and_after_reconnecting_it_resumes_where_it_was()
    {
        faults.Require();
        await StartFreshSyncAsync();

        await PlayAsync(new StandInFault(StandInFault.RevokeTokens));
        var (stopped, _) = await faults.WaitForSyncAsync(p => p.Phase == SyncPhases.Failed, SyncTimeout, Ct);
        using var gateway = faults.Gateway();
        var status = await gateway.GetFromJsonAsync<StravaConnectionStatus>("/api/strava/auth/status", Ct);
        (await gateway.PostAsync("/api/strava/demo/connect", null, Ct)).EnsureSuccessStatusCode();
        (await gateway.PostAsync("/api/strava/sync", null, Ct)).EnsureSuccessStatusCode();
        var (done, seen) = await faults.WaitForSyncAsync(Finished, SyncTimeout, Ct);

        Report("revoked token", seen);
        Assert.StartsWith("The sync stopped while fetching details: Reconnect Strava", stopped.Message);
        Assert.True(status!.NeedsReconnect);
        Assert.False(status.Connected);
        Assert.StartsWith("Reconnect Strava", status.Message);
        await AssertEachDetailFetchedAboutOnceAsync(done, injected: 1);
        await AssertStoredTokensWorkAsync();
    }

    static bool Finished(StravaSyncProgress progress) => progress.Phase == SyncPhases.Idle && progress.LastCompletedAt is not null;

    /// <summary>"Reset demo data": the stand-in starts over and strava syncs the demo year from nothing; returns once it fetches details.</summary>
    async Task StartFreshSyncAsync()
    {
        var reset = await faults.Stack.App.ResourceCommands.ExecuteCommandAsync("strava-standin", ResourceCommands.ResetDemoData, Ct);
        Assert.True(reset.Success, reset.Message);
        await faults.WaitForSyncAsync(p => p.Phase == SyncPhases.Details && p.Done >= 10, SyncTimeout, Ct);
    }

    async Task PlayAsync(StandInFault fault)
    {
        using var standIn = faults.StandIn();
        (await standIn.PostAsJsonAsync("/_standin/faults", fault, Ct)).EnsureSuccessStatusCode();
    }

    /// <summary>Each detail is fetched once; the faulted requests and the one in flight when the sync stopped come on top.</summary>
    async Task AssertEachDetailFetchedAboutOnceAsync(StravaSyncProgress done, int injected)
    {
        var stats = await faults.StandInStatsAsync(Ct);
        var details = stats.GetProperty("byEndpoint").TryGetProperty(DetailEndpoint, out var count) ? count.GetInt64() : 0;
        TestContext.Current.TestOutputHelper?.WriteLine($"  {done.Activities} activities, {details} detail requests");
        Assert.InRange(details, done.Activities, done.Activities + injected + 2);
        using var gateway = faults.Gateway();
        var page = await gateway.GetFromJsonAsync<StravaActivityPage>("/api/strava/activities?per_page=1", Ct);
        Assert.Equal(done.Activities, page!.Total);
    }

    /// <summary>The connection status says connected, and the access token strava stored is accepted by Strava.</summary>
    async Task AssertStoredTokensWorkAsync()
    {
        using var gateway = faults.Gateway();
        var status = await gateway.GetFromJsonAsync<StravaConnectionStatus>("/api/strava/auth/status", Ct);
        Assert.True(status!.Connected, status.Message);
        Assert.False(status.NeedsReconnect);
        using var standIn = faults.StandIn();
        standIn.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await StoredAccessTokenAsync());
        using var athlete = await standIn.GetAsync("/api/v3/athlete", Ct);
        Assert.Equal(HttpStatusCode.OK, athlete.StatusCode);
    }

    async Task<string> StoredAccessTokenAsync()
    {
        using var tokens = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(faults.DataDir, "strava", "tokens.json"), Ct));
        return tokens.RootElement.GetProperty("accessToken").GetString()!;
    }

    /// <summary>The phases (and messages) the sync status went through, each run of one phase once.</summary>
    static void Report(string fault, IReadOnlyList<string> seen)
    {
        var phases = new List<string>();
        foreach (var line in seen)
        {
            var message = line[(line.IndexOf(": ", StringComparison.Ordinal) + 2)..];
            var phase = line.Split(' ')[0] + (message.Length > 0 ? $" \"{message}\"" : "");
            if (phases.Count == 0 || phases[^1] != phase)
            {
                phases.Add(phase);
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"strava {fault} mid-sync: the sync status went {string.Join(" > ", phases)}; cpu {File.ReadLines("/proc/pressure/cpu").First()}");
    }
}
