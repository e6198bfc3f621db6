using System.Net;
using System.Net.Http.Json;
using MCPacer.Contracts.StravaApi;

namespace MCPacer.StravaStandIn.Tests;

/// <summary>What the athlete does on strava.com: the API shows it from then on.</summary>
public sealed class AthleteActionTests : IDisposable
{
    readonly StandInHost _standIn = new(historyDays: 0);

    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_activity_the_athlete_deletes_is_gone_from_the_listing_and_its_detail_is_404()
    {
        var api = await _standIn.ConnectedClientAsync();
        var before = (await api.GetFromJsonAsync<IReadOnlyList<SummaryActivity>>("/api/v3/athlete/activities?per_page=200", Ct))!;
        var deleted = before[3].Id;

        var answer = await _standIn.CreateClient().DeleteAsync($"/_standin/activities/{deleted}", Ct);
        var again = await _standIn.CreateClient().DeleteAsync($"/_standin/activities/{deleted}", Ct);

        var after = (await api.GetFromJsonAsync<IReadOnlyList<SummaryActivity>>("/api/v3/athlete/activities?per_page=200", Ct))!;
        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(before.Select(a => a.Id).Where(id => id != deleted), after.Select(a => a.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v3/activities/{deleted}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v3/activities/{deleted}/streams?keys=time&key_by_type=true", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_description_the_athlete_edits_shows_in_the_detail_without_a_token_or_a_request_counted()
    {
        var api = await _standIn.ConnectedClientAsync();
        var run = (await api.GetFromJsonAsync<IReadOnlyList<SummaryActivity>>("/api/v3/athlete/activities?per_page=5", Ct))![0];
        var usage = (await _standIn.CreateClient().GetFromJsonAsync<StandInStats>("/_standin/stats", Ct))!.Usage;

        var edit = await _standIn.CreateClient().PutAsJsonAsync($"/_standin/activities/{run.Id}",
            new UpdatableActivity { Description = "Legs heavy after yesterday's long run." }, Ct);

        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Equal(usage, (await _standIn.CreateClient().GetFromJsonAsync<StandInStats>("/_standin/stats", Ct))!.Usage);
        var detail = await api.GetFromJsonAsync<DetailedActivity>($"/api/v3/activities/{run.Id}", Ct);
        Assert.Equal("Legs heavy after yesterday's long run.", detail!.Description);
        Assert.Equal(HttpStatusCode.NotFound,
            (await _standIn.CreateClient().DeleteAsync("/_standin/activities/123", Ct)).StatusCode);
    }

    public void Dispose() => _standIn.Dispose();
}
