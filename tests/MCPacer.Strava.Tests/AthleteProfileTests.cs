using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MCPacer.Contracts.Training;
using MCPacer.Testing;

namespace MCPacer.Strava.Tests;

/// <summary>The physiology the runner sets: kept in a JSON file they can read, validated with the field at fault.</summary>
public sealed class AthleteProfileTests(RedisServer redis) : IAsyncLifetime
{
    readonly StandIn _standIn = new();
    StravaHost _service = null!;

    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _service = new StravaHost(_standIn, redis);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_set_profile_round_trips_marked_as_set_and_is_kept_in_a_readable_file()
    {
        var client = _service.CreateAuthorizedClient();

        var put = await client.PutAsJsonAsync("/api/strava/athlete/profile",
            new AthleteProfileUpdate(MaxHeartrate: 191, RestingHeartrate: 44, ThresholdHeartrate: 171, ThresholdPace: "4:05", Sex: "female"), Cancel);
        var profile = (await client.GetFromJsonAsync<AthleteProfile>("/api/strava/athlete/profile", Cancel))!;

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal((191, ProfileSources.Set), (profile.MaxHeartrate.Value, profile.MaxHeartrate.Source));
        Assert.Equal("44 bpm", profile.RestingHeartrate.Text);
        Assert.Equal(171, profile.ThresholdHeartrate.Value);
        Assert.Equal((245, "4:05/km"), (profile.ThresholdPace.Value, profile.ThresholdPace.Text));
        Assert.Equal(ProfileSexes.Female, profile.Sex);
        using var file = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_service.StravaDirectory, "athlete-profile.json"), Cancel));
        Assert.Equal("4:05", file.RootElement.GetProperty("thresholdPace").GetString());
        Assert.Equal(191, file.RootElement.GetProperty("maxHeartrate").GetInt32());
    }

    [Theory]
    [InlineData("""{"maxHeartrate": 260}""", "maxHeartrate")]
    [InlineData("""{"restingHeartrate": 60, "thresholdHeartrate": 170, "maxHeartrate": 165}""", "maxHeartrate")]
    [InlineData("""{"restingHeartrate": 120, "thresholdHeartrate": 110}""", "thresholdHeartrate")]
    [InlineData("""{"thresholdPace": "1:45"}""", "thresholdPace")]
    [InlineData("""{"thresholdPace": "4:5"}""", "thresholdPace")]
    [InlineData("""{"sex": "other"}""", "sex")]
    public async Task An_impossible_profile_is_refused_naming_the_field_and_nothing_is_saved(string body, string field)
    {
        var client = _service.CreateAuthorizedClient();

        var response = await client.PutAsync("/api/strava/athlete/profile", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), problem.RootElement.GetRawText());
        var profile = (await client.GetFromJsonAsync<AthleteProfile>("/api/strava/athlete/profile", Cancel))!;
        Assert.Equal(ProfileSources.Unknown, profile.MaxHeartrate.Source);
    }

    public async ValueTask DisposeAsync()
    {
        await _service.DisposeAsync();
        await _standIn.DisposeAsync();
    }
}
