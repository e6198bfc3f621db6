using MCPacer.Contracts.Training;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace MCPacer.Coach.Tests;

/// <summary>
/// A stand-in for the strava service's GET /api/strava/training/load (another service, written separately): answers
/// <see cref="LoadLine"/> and notes the query of every request.
/// </summary>
public sealed class StravaLoadStandIn : IAsyncDisposable
{
    public const string DefaultLoadLine = "LOAD CTL 62 (+3/wk) ATL 75 TSB -13 ACWR 1.21 | flag: long run +22 % this wk";

    readonly WebApplication _app;
    readonly List<string> _asked = [];

    StravaLoadStandIn(WebApplication app) => _app = app;

    public string LoadLine { get; set; } = DefaultLoadLine;

    public string Url => _app.Urls.First();

    public IReadOnlyList<string> Asked
    {
        get
        {
            lock (_asked)
            {
                return [.. _asked];
            }
        }
    }

    public static async Task<StravaLoadStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var standIn = new StravaLoadStandIn(app);
        app.MapGet("/api/strava/training/load", (HttpRequest request) =>
        {
            lock (standIn._asked)
            {
                standIn._asked.Add(request.QueryString.Value ?? "");
            }

            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            return new TrainingLoadSeries(today, today, [], [], standIn.LoadLine, new Dictionary<string, int>(), "conventions");
        });
        await app.StartAsync();
        return standIn;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
