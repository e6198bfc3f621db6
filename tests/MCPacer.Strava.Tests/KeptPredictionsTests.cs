using System.Net.Http.Json;
using MCPacer.Contracts.Training;

namespace MCPacer.Strava.Tests;

/// <summary>
/// Predictions and best efforts are kept between reads (every dashboard page asks for them when a sync completes); a sync
/// that stores a faster run replaces them at once. An athlete of its own: the run uploaded here would move the
/// predictions the other training tests check.
/// </summary>
public sealed class KeptPredictionsTests(SyncedAthlete athlete) : IClassFixture<SyncedAthlete>
{
    readonly HttpClient _client = athlete.Service.CreateAuthorizedClient();

    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_faster_run_synced_after_a_read_moves_the_predictions_and_best_efforts_on_the_next_read()
    {
        var readers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => GetAsync<RacePredictions>("/api/strava/training/predictions")));
        var before = readers[0];
        var tenKBefore = (await GetAsync<BestEffortList>("/api/strava/training/best-efforts?weeks=12")).Best.Single(e => e.Distance == "10k");

        // 12 km at 5.6 m/s: a 10k in under 30 minutes, faster than anything in the demo build.
        await athlete.UploadSteadyRunAsync("Tempo of a lifetime", 12_000 * 10 / 56, 5.6);
        await athlete.Service.SyncAsync(TimeSpan.FromSeconds(40));

        var after = await GetAsync<RacePredictions>("/api/strava/training/predictions");
        var tenKAfter = (await GetAsync<BestEffortList>("/api/strava/training/best-efforts?weeks=12")).Best.Single(e => e.Distance == "10k");

        Assert.All(readers, r => Assert.Equal(before.Vdot, r.Vdot));
        Assert.True(after.Vdot > before.Vdot, $"VDOT {before.Vdot} -> {after.Vdot}");
        Assert.Contains("Tempo of a lifetime", after.Basis);
        Assert.Equal("Tempo of a lifetime", tenKAfter.ActivityName);
        Assert.True(tenKAfter.Seconds < tenKBefore.Seconds, $"10k {tenKBefore.Time} -> {tenKAfter.Time}");
    }

    async Task<T> GetAsync<T>(string path) => (await _client.GetFromJsonAsync<T>(path, Cancel))!;
}
