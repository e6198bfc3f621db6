extern alias standin;

using System.Net.Http.Json;
using MCPacer.Contracts.StravaApi;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ActivityCatalog = standin::MCPacer.StravaStandIn.Athlete.ActivityCatalog;

namespace MCPacer.Strava.Tests;

/// <summary>The Strava stand-in in-process: the demo athlete, Strava's OAuth and API, its rate limits.</summary>
public sealed class StandIn : WebApplicationFactory<standin::Program>
{
    public const string ClientId = "1001";
    public const string ClientSecret = "standin-demo-secret";

    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["StandIn:HistoryDays"] = "0",
    };

    /// <summary>Strava's own clock, when a test moves time for both sides (token expiry is judged on Strava's clock).</summary>
    public TimeProvider? Clock { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (Clock is not null)
        {
            builder.ConfigureServices(services => services.AddSingleton(Clock));
        }
    }

    public async Task<StandInStats> StatsAsync() =>
        (await CreateClient().GetFromJsonAsync<StandInStats>("/_standin/stats", TestContext.Current.CancellationToken))!;

    /// <summary>How many activities the athlete has on "Strava" right now, private ones included.</summary>
    public int ActivityCount() => Services.GetRequiredService<ActivityCatalog>().List(null, null, 1, int.MaxValue, includePrivate: true).Count;
}
