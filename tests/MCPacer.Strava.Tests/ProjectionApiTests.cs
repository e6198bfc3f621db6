using System.Net;
using System.Net.Http.Json;
using MCPacer.Contracts.Training;

namespace MCPacer.Strava.Tests;

/// <summary>The demo athlete's measured history carried through planned sessions to race day.</summary>
public sealed class ProjectionApiTests(SyncedAthlete athlete) : IClassFixture<SyncedAthlete>
{
    readonly HttpClient _client = athlete.Service.CreateAuthorizedClient();

    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Easy_weeks_then_a_taper_end_fresh_on_race_day_and_a_far_longer_long_run_is_flagged_in_its_week()
    {
        var today = (await _client.GetFromJsonAsync<TrainingLoadSeries>("/api/strava/training/load", Cancel))!.To;
        var nextMonday = today.AddDays(7 - (((int)today.DayOfWeek + 6) % 7));
        var raceDay = nextMonday.AddDays(27);
        List<PlannedSession> sessions =
        [
            .. Enumerable.Range(0, 3).SelectMany(w => new[]
            {
                new PlannedSession(nextMonday.AddDays(7 * w + 1), PlannedSessionTypes.Easy, 8, 330),
                new PlannedSession(nextMonday.AddDays(7 * w + 3), PlannedSessionTypes.Tempo, 12, 245),
                new PlannedSession(nextMonday.AddDays(7 * w + 5), PlannedSessionTypes.Strength, 0, DurationMinutes: 45),
            }),
            new PlannedSession(nextMonday.AddDays(13), PlannedSessionTypes.Long, 60),
            new PlannedSession(raceDay, PlannedSessionTypes.Race, 42.195, 255),
        ];

        var response = await _client.PostAsJsonAsync("/api/strava/training/projection", new ProjectionRequest(raceDay, sessions, "test-plan"), Cancel);

        response.EnsureSuccessStatusCode();
        var projection = (await response.Content.ReadFromJsonAsync<FitnessProjection>(Cancel))!;
        var lastMeasured = projection.Days.Last(d => !d.Projected);
        Assert.Equal(("test-plan", today, raceDay), (projection.PlanId, lastMeasured.Date, projection.Days[^1].Date));
        Assert.Equal(42, projection.Days.Count(d => !d.Projected));
        Assert.Equal(0, projection.Days.Single(d => d.Date == nextMonday.AddDays(5)).Load);
        Assert.True(projection.RaceDayForm > lastMeasured.Tsb + 5, $"race-day TSB {projection.RaceDayForm}, today {lastMeasured.Tsb}");
        Assert.Equal(projection.Days[^1].Tsb, projection.RaceDayForm);
        var longWeek = Assert.Single(projection.TooFast, w => w.Monday == nextMonday.AddDays(7));
        Assert.Contains(longWeek.Flags, f => f.StartsWith("long run +", StringComparison.Ordinal));
        Assert.DoesNotContain(projection.TooFast, w => w.Monday == nextMonday);
        Assert.Contains("threshold pace", projection.Basis);
        Assert.Contains("TSB = the day before's CTL - ATL", projection.Basis);
        Assert.Contains($"Race day {raceDay:yyyy-MM-dd}: form TSB", projection.Summary);
    }

    [Fact]
    public async Task A_race_day_not_ahead_or_an_unknown_session_type_is_refused_with_the_field()
    {
        var today = (await _client.GetFromJsonAsync<TrainingLoadSeries>("/api/strava/training/load", Cancel))!.To;

        var past = await _client.PostAsJsonAsync("/api/strava/training/projection", new ProjectionRequest(today, []), Cancel);
        var unknown = await _client.PostAsJsonAsync("/api/strava/training/projection",
            new ProjectionRequest(today.AddDays(30), [new PlannedSession(today.AddDays(3), "jog", 5)]), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Contains("raceDay is after today", await past.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("sessions[0]", await unknown.Content.ReadAsStringAsync(Cancel));
    }
}
