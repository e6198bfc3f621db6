using System.Net;
using System.Net.Http.Json;
using MCPacer.Contracts.Strava;
using MCPacer.Contracts.StravaApi;
using MCPacer.Testing;

namespace MCPacer.Strava.Tests;

/// <summary>What the athlete changes on Strava after a sync (deletes a run, edits a description) reaches the store.</summary>
public sealed class StravaEditsTests(RedisServer redis) : IAsyncDisposable
{
    readonly ShiftedClock _clock = new();
    readonly StandIn _standIn = new() { Settings = { ["StandIn:TimeScale"] = "900" } };
    StravaHost? _service;

    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    async Task<(StravaHost Service, HttpClient Client, IReadOnlyList<StravaActivity> Runs)> SyncedAsync()
    {
        _service = new StravaHost(_standIn, redis) { TimeScale = 900, Clock = _clock, Settings = { ["Strava:StreamWeeks"] = "0" } };
        await _service.ConnectDemoAsync();
        Assert.Equal(SyncPhases.Idle, (await _service.SyncAsync(TimeSpan.FromSeconds(60))).Phase);
        var client = _service.CreateAuthorizedClient();
        var page = (await client.GetFromJsonAsync<StravaActivityPage>("/api/strava/activities?per_page=200", Cancel))!;
        return (_service, client, [.. page.Items.Where(a => a.Family == SportFamilies.Running)]);
    }

    [Fact]
    public async Task A_run_deleted_on_Strava_is_gone_after_the_next_sync_and_an_old_one_after_the_days_full_listing()
    {
        var (service, client, runs) = await SyncedAsync();
        var (recent, old) = (runs[0], runs[^1]);
        (await client.PostAsJsonAsync($"/api/strava/activities/{recent.Id}/notes", new AddNoteRequest("Felt flat."), Cancel)).EnsureSuccessStatusCode();
        foreach (var run in new[] { recent, old })
        {
            (await _standIn.CreateClient().DeleteAsync($"/_standin/activities/{run.Id}", Cancel)).EnsureSuccessStatusCode();
        }

        await service.SyncAsync(TimeSpan.FromSeconds(30));
        var recentAfterSync = await client.GetAsync($"/api/strava/activities/{recent.Id}/detail", Cancel);
        var oldAfterSync = await client.GetAsync($"/api/strava/activities/{old.Id}", Cancel);
        _clock.Advance(TimeSpan.FromDays(1));
        await service.SyncAsync(TimeSpan.FromSeconds(30));
        var oldNextDay = await client.GetAsync($"/api/strava/activities/{old.Id}", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, recentAfterSync.StatusCode);
        Assert.Equal(HttpStatusCode.OK, oldAfterSync.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, oldNextDay.StatusCode);
        var page = (await client.GetFromJsonAsync<StravaActivityPage>("/api/strava/activities?per_page=1", Cancel))!;
        Assert.Equal(_standIn.ActivityCount(), page.Total);
    }

    [Fact]
    public async Task A_description_edited_on_Strava_is_read_again_within_the_hour_for_a_recent_run_and_the_next_day_for_a_renamed_old_one()
    {
        var (service, client, runs) = await SyncedAsync();
        var (recent, old) = (runs[0], runs[^1]);
        Assert.True(_clock.GetUtcNow() - recent.StartUtc < TimeSpan.FromDays(3), $"the newest run started {recent.StartUtc}");
        await EditOnStravaAsync(old.Id, new UpdatableActivity { Name = "Long run, renamed", Description = "Hilly course, windy." });
        await EditOnStravaAsync(recent.Id, new UpdatableActivity { Description = "Calf tight from 8 km." });

        await service.SyncAsync(TimeSpan.FromSeconds(30));
        var recentAtOnce = await DetailAsync(client, recent.Id);
        _clock.Advance(TimeSpan.FromMinutes(61));
        await service.SyncAsync(TimeSpan.FromSeconds(30));
        var recentAnHourLater = await DetailAsync(client, recent.Id);
        var oldAnHourLater = await DetailAsync(client, old.Id);
        _clock.Advance(TimeSpan.FromDays(1));
        await service.SyncAsync(TimeSpan.FromSeconds(30));
        var oldNextDay = await DetailAsync(client, old.Id);

        // Read a minute ago: not read again at once, which would spend a request per recent run on every sync.
        Assert.NotEqual("Calf tight from 8 km.", recentAtOnce.Description);
        Assert.Equal("Calf tight from 8 km.", recentAnHourLater.Description);
        Assert.NotEqual("Hilly course, windy.", oldAnHourLater.Description);
        Assert.Equal("Long run, renamed", oldNextDay.Activity.Name);
        Assert.Equal("Hilly course, windy.", oldNextDay.Description);
    }

    async Task EditOnStravaAsync(long id, UpdatableActivity changes) =>
        (await _standIn.CreateClient().PutAsJsonAsync($"/_standin/activities/{id}", changes, Cancel)).EnsureSuccessStatusCode();

    static async Task<RunDetail> DetailAsync(HttpClient client, long id) =>
        (await client.GetFromJsonAsync<RunDetail>($"/api/strava/activities/{id}/detail", Cancel))!;

    public async ValueTask DisposeAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }

        await _standIn.DisposeAsync();
    }
}
