using System.Net.Http.Json;
using MCPacer.Contracts.Strava;
using MCPacer.Contracts.StravaApi;
using MCPacer.Strava.Store;
using MCPacer.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MCPacer.Strava.Tests;

/// <summary>
/// The run context in the athlete's local dates. The activities go into the store the way the sync puts
/// them there (Strava's summaries), for an athlete in New York, where a Sunday-evening run is Monday in UTC.
/// </summary>
public sealed class RunContextTests(RedisServer redis) : IAsyncLifetime
{
    readonly ShiftedClock _clock = new();
    readonly StandIn _standIn = new();
    StravaHost _service = null!;

    public ValueTask InitializeAsync()
    {
        _service = new StravaHost(_standIn, redis) { Clock = _clock, Settings = { ["MCPacer:TimeZone"] = "America/New_York" } };
        // Wednesday 2026-03-11, noon in New York.
        _clock.Advance(new DateTimeOffset(2026, 3, 11, 16, 0, 0, TimeSpan.Zero) - _clock.GetUtcNow());
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_sunday_23_30_local_run_lands_on_sunday_in_its_week()
    {
        await StoreAsync(
            Run(1, "Morning Run", local: new DateTime(2026, 3, 2, 7, 0, 0), km: 10, minutes: 52, hr: 141),
            Run(2, "Track 6x1k", local: new DateTime(2026, 3, 4, 18, 30, 0), km: 12, minutes: 55, hr: 156),
            Run(3, "Late Long Run", local: new DateTime(2026, 3, 8, 23, 30, 0), km: 21.1, minutes: 110, hr: 145),
            Run(4, "Shakeout", local: new DateTime(2026, 3, 9, 6, 15, 0), km: 6, minutes: 34, hr: 132));

        var context = (await _service.CreateAuthorizedClient().GetFromJsonAsync<RunContext>("/api/strava/context/runs",
            TestContext.Current.CancellationToken))!;

        Assert.Equal(new DateOnly(2026, 3, 11), context.Today);
        Assert.Contains("""
            Week of Mon 2026-03-09 (current): 6.0 km · 1 run · 5:40/km · HR 132 · long 6.0
              Mon 03-09 06:15 Shakeout · 6.0 km · 5:40/km · HR 132
            Week of Mon 2026-03-02: 43.1 km · 3 runs · 5:02/km · HR 147 · long 21.1
              Mon 03-02 07:00 Morning Run · 10.0 km · 5:12/km · HR 141
              Wed 03-04 18:30 Track 6x1k · 12.0 km · 4:35/km · HR 156
              Sun 03-08 23:30 Late Long Run · 21.1 km · 5:13/km · HR 145
            """.ReplaceLineEndings("\n"), context.Text.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Ten_years_of_history_cost_at_most_a_tenth_more_context_than_one_year()
    {
        var today = new DateOnly(2026, 3, 11);
        await StoreAsync(History(today.AddYears(-1), today));
        var oneYear = await ContextAsync();

        await StoreAsync(History(today.AddYears(-11), today.AddYears(-1)));
        var tenYears = await ContextAsync();
        var fastest = TimeSpan.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var timer = System.Diagnostics.Stopwatch.StartNew();
            await ContextAsync();
            fastest = timer.Elapsed < fastest ? timer.Elapsed : fastest;
        }

        Assert.True(tenYears.Activities > 5000, $"{tenYears.Activities} activities");
        Assert.InRange(tenYears.ApproxTokens, oneYear.ApproxTokens, Math.Min(1400, oneYear.ApproxTokens * 1.1));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"run context: {tenYears.Activities} activities, {tenYears.ApproxTokens} tokens (1 year: {oneYear.ApproxTokens}), {fastest.TotalMilliseconds:0} ms (fastest of 5, over HTTP)");
    }

    [Fact]
    public async Task Years_before_the_last_one_are_summed_per_calendar_year_in_local_dates()
    {
        var today = new DateOnly(2026, 3, 11);
        var history = History(today.AddYears(-3), today);
        await StoreAsync(history);

        var context = await ContextAsync();

        // The month lines reach back to 2025-03-01; every run before that counts in its year.
        var expected = history.Where(a => a.SportType == "Run" && DateOnly.FromDateTime(a.StartDateLocal) < new DateOnly(2025, 3, 1))
            .GroupBy(a => a.StartDateLocal.Year).OrderByDescending(g => g.Key)
            .Select(g => $"{g.Key} {g.Sum(a => Math.Round(a.Distance / 1000, 2)):0}/{g.Count()}");
        Assert.Contains($"YEARS (run km/runs): {string.Join(" · ", expected)}", context.Text);
        var text = context.Text.ReplaceLineEndings("\n");
        Assert.Contains("MONTHS (run km · runs · avg pace · longest)\n  2025-09: ", text);
        Assert.Contains("\n  2025-03: ", text);
        Assert.DoesNotContain("\n  2025-02: ", text);
        Assert.Equal(history.Length, context.Activities);
        Assert.StartsWith($"RUN CONTEXT · today Wed 2026-03-11 (America/New_York) · {history.Count(a => a.SportType == "Run")} runs, " +
            $"{history.Count(a => a.SportType != "Run")} cross-training synced", context.Text);
    }

    async Task<RunContext> ContextAsync() =>
        (await _service.CreateAuthorizedClient().GetFromJsonAsync<RunContext>("/api/strava/context/runs", TestContext.Current.CancellationToken))!;

    /// <summary>Six runs and three cross-training sessions a week, every week in [from, to).</summary>
    static SummaryActivity[] History(DateOnly from, DateOnly to)
    {
        var sessions = new List<SummaryActivity>();
        for (var day = from; day < to; day = day.AddDays(1))
        {
            var id = day.DayNumber * 10L;
            var local = day.ToDateTime(new TimeOnly(7, 0));
            if (day.DayOfWeek != DayOfWeek.Friday)
            {
                var longRun = day.DayOfWeek == DayOfWeek.Sunday;
                sessions.Add(Run(id, longRun ? "Long Run" : "Easy Run", local, longRun ? 28 : 10, longRun ? 150 : 52, longRun ? 148 : 140));
            }

            if (day.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Wednesday or DayOfWeek.Friday)
            {
                sessions.Add(Run(id + 1, "Strength", local.AddHours(10), 0, 45, 110) with { SportType = "WeightTraining", Type = "WeightTraining" });
            }
        }

        return [.. sessions];
    }

    async Task StoreAsync(params SummaryActivity[] runs) =>
        await _service.Services.GetRequiredService<ActivityStore>().UpsertSummariesAsync(runs, 1, TestContext.Current.CancellationToken);

    static SummaryActivity Run(long id, string name, DateTime local, double km, int minutes, double hr)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var utc = TimeZoneInfo.ConvertTimeToUtc(local, zone);
        return new SummaryActivity
        {
            Id = id, Name = name, SportType = "Run", Type = "Run", Distance = km * 1000, MovingTime = minutes * 60, ElapsedTime = minutes * 60,
            StartDate = new DateTimeOffset(utc, TimeSpan.Zero), StartDateLocal = local, Timezone = "(GMT-05:00) America/New_York",
            AverageHeartrate = hr, AverageSpeed = km * 1000 / (minutes * 60),
        };
    }

    public async ValueTask DisposeAsync()
    {
        await _service.DisposeAsync();
        await _standIn.DisposeAsync();
    }
}
