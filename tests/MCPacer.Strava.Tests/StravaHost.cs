using System.Net;
using System.Net.Http.Json;
using MCPacer.Contracts.Strava;
using MCPacer.Strava.Auth;
using MCPacer.Strava.Client;
using MCPacer.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MCPacer.Strava.Tests;

/// <summary>
/// The strava service in-process, its Strava clients wired to the in-process stand-in's TestServer (or another
/// Strava, such as <see cref="RecordedStrava"/>), with optional real Redis and a replaceable clock.
/// </summary>
public sealed class StravaHost(Func<HttpMessageHandler> strava, RedisServer? redis = null) : ServiceFactory<Program>(redis)
{
    public StravaHost(StandIn standIn, RedisServer? redis = null) : this(() => standIn.Server.CreateHandler(), redis)
    {
    }

    public TimeProvider? Clock { get; init; }

    /// <summary>Strava's rate-limit windows pass this much faster, as the stand-in's do (give both the same scale).</summary>
    public double TimeScale { init => Settings["Strava:RateLimitTimeScale"] = value.ToString(System.Globalization.CultureInfo.InvariantCulture); }

    /// <summary>A data folder that outlives this instance (for a restart); else the factory's own temp folder.</summary>
    public string? SharedDataDir { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Settings.TryAdd("Strava:BaseUrl", "http://strava-standin");
        Settings.TryAdd("Strava:AutoSync", "false");
        if (SharedDataDir is not null)
        {
            Settings[MCPacer.Storage.DataRoot.ConfigurationKey] = SharedDataDir;
        }

        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddHttpClient<StravaOAuthClient>().ConfigurePrimaryHttpMessageHandler(strava);
            services.AddHttpClient<StravaApiClient>().ConfigurePrimaryHttpMessageHandler(strava);
            services.AddHttpClient<DemoAthleteConnector>().ConfigurePrimaryHttpMessageHandler(strava);
            if (Clock is not null)
            {
                services.AddSingleton(Clock);
            }
        });
    }

    public string StravaDirectory => Path.Combine(SharedDataDir ?? DataDir.Path, "strava");

    public async Task<StravaConnectionStatus> ConnectDemoAsync()
    {
        var response = await CreateAuthorizedClient().PostAsync("/api/strava/demo/connect", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<StravaConnectionStatus>(TestContext.Current.CancellationToken))!;
    }

    /// <summary>Starts a sync and waits until it is idle again (or failed), returning the final progress.</summary>
    public async Task<StravaSyncProgress> SyncAsync(TimeSpan timeout)
    {
        var client = CreateAuthorizedClient();
        var before = (await client.GetFromJsonAsync<StravaSyncProgress>("/api/strava/sync", TestContext.Current.CancellationToken))!;
        (await client.PostAsync("/api/strava/sync", null, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        return await WaitForSyncAsync(p => p.LastCompletedAt > (before.LastCompletedAt ?? DateTimeOffset.MinValue) && p.Phase == SyncPhases.Idle
            || p.Phase == SyncPhases.Failed, timeout);
    }

    public async Task<StravaSyncProgress> WaitForSyncAsync(Func<StravaSyncProgress, bool> done, TimeSpan timeout)
    {
        var client = CreateAuthorizedClient();
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var progress = (await client.GetFromJsonAsync<StravaSyncProgress>("/api/strava/sync", TestContext.Current.CancellationToken))!;
            if (done(progress))
            {
                return progress;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The sync did not get there within {timeout}: {progress}");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
