using System.Net;
using System.Net.Http.Json;
using MCPacer.Contracts.Events;
using MCPacer.Contracts.Strava;
using MCPacer.Testing;

namespace MCPacer.Strava.Tests;

public sealed class RunApiTests(SyncedAthlete athlete, RedisServer redis) : IClassFixture<SyncedAthlete>
{
    readonly HttpClient _client = athlete.Service.CreateAuthorizedClient();

    static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_endpoint_has_its_own_operation_id() =>
        Assert.Empty(await OpenApiDocument.OperationsWithoutUniqueIdAsync(_client, TestContext.Current.CancellationToken));

    [Fact]
    public async Task Run_detail_shows_the_workout_laps_with_pace_and_heart_rate()
    {
        var workout = await FindRunAsync(d => d.Laps.Count > 2);

        var text = await _client.GetStringAsync($"/api/strava/activities/{workout.Activity.Id}/detail?format=text", Cancel);

        Assert.Contains("Laps:", text);
        Assert.Contains(workout.Laps[1].Pace!, text);
        Assert.Contains("Splits/km:", text);
        Assert.NotNull(workout.Polyline);
    }

    [Fact]
    public async Task Streams_are_downsampled_to_max_points()
    {
        var run = await FindRunAsync(d => d.Activity.HasStreams);

        var streams = await _client.GetFromJsonAsync<StravaActivityStreams>($"/api/strava/activities/{run.Activity.Id}/streams?max_points=100", Cancel);

        Assert.Equal(100, streams!.Points);
        Assert.True(streams.OriginalPoints > 100);
        Assert.Equal(100, streams.Heartrate!.Count);
        Assert.Equal(0, streams.Time![0]);
    }

    [Fact]
    public async Task Posting_feedback_twice_keeps_one_block_and_leaves_the_athletes_text_alone()
    {
        var run = await FindRunAsync(d => !string.IsNullOrWhiteSpace(d.Description));
        var athleteText = run.Description!.Trim();

        await PutFeedbackAsync(run.Activity.Id, "Too fast for an easy day. Slow down.");
        var second = await PutFeedbackAsync(run.Activity.Id, "Good discipline on the easy pace.");

        Assert.True(second.Replaced);
        Assert.StartsWith(athleteText, second.Description);
        Assert.Single(second.Description.Split("Coach feedback (MCPacer)").Skip(1));
        Assert.EndsWith("Good discipline on the easy pace.", second.Description);
        Assert.DoesNotContain("Too fast", second.Description);
        var detail = await _client.GetFromJsonAsync<RunDetail>($"/api/strava/activities/{run.Activity.Id}/detail", Cancel);
        Assert.Equal(second.Description, detail!.Description);
        Assert.Equal(athleteText, detail.AthleteDescription);
        Assert.Equal("Good discipline on the easy pace.", detail.CoachFeedback);
    }

    [Fact]
    public async Task A_saved_digest_leaves_the_pending_list_and_is_announced_on_redis()
    {
        var pending = (await _client.GetFromJsonAsync<PendingDigests>("/api/strava/digests/pending?limit=5", Cancel))!;
        var run = pending.Runs[0];
        Assert.Contains("Athlete's description", run.Prompt);
        Assert.Contains("long", pending.Tags);
        var announced = await RedisListener.FirstAsync<StravaRunAnnotated>(redis);

        var saved = await _client.PutAsJsonAsync($"/api/strava/activities/{run.ActivityId}/digest",
            new SaveDigestRequest("[easy] 10 km @ 5:10, HR 140, relaxed"), Cancel);

        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        var after = (await _client.GetFromJsonAsync<PendingDigests>("/api/strava/digests/pending?limit=50", Cancel))!;
        Assert.DoesNotContain(after.Runs, r => r.ActivityId == run.ActivityId);
        var @event = await announced.Task.WaitAsync(TimeSpan.FromSeconds(5), Cancel);
        Assert.Equal(run.ActivityId, @event.ActivityId);
        Assert.Equal(StravaRunAnnotated.Digest, @event.Change);
    }

    [Fact]
    public async Task A_note_on_a_recent_run_shows_in_its_detail_and_in_the_run_context()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var recent = (await _client.GetFromJsonAsync<List<StravaActivity>>(
            $"/api/strava/activities/range?from={today.AddDays(-6):yyyy-MM-dd}&to={today:yyyy-MM-dd}", Cancel))!
            .Last(a => a.Family == SportFamilies.Running);

        var added = await _client.PostAsJsonAsync($"/api/strava/activities/{recent.Id}/notes", new AddNoteRequest("Left calf tight after km 8"), Cancel);

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var detail = await _client.GetFromJsonAsync<RunDetail>($"/api/strava/activities/{recent.Id}/detail", Cancel);
        Assert.Contains(detail!.Notes, n => n.Text == "Left calf tight after km 8");
        var context = await _client.GetStringAsync("/api/strava/context/runs?format=text", Cancel);
        Assert.Contains("note: Left calf tight after km 8", context);
    }

    [Fact]
    public async Task The_run_context_stays_within_its_token_budget()
    {
        var context = (await _client.GetFromJsonAsync<RunContext>("/api/strava/context/runs", Cancel))!;

        Assert.InRange(context.ApproxTokens, 200, 1400);
        Assert.Contains("RECENT WEEKS", context.Text);
        Assert.Contains("(current)", context.Text);
        Assert.Equal("Europe/Berlin", context.TimeZone);
    }

    [Theory]
    [InlineData("abc", HttpStatusCode.BadRequest)]
    [InlineData("-5", HttpStatusCode.BadRequest)]
    [InlineData("999999999999", HttpStatusCode.NotFound)]
    public async Task Bad_or_unknown_ids_get_a_clear_400_or_404(string id, HttpStatusCode expected)
    {
        var response = await _client.GetAsync($"/api/strava/activities/{id}/detail", Cancel);

        Assert.Equal(expected, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains(expected == HttpStatusCode.NotFound ? "No synced activity has id" : "is not a Strava activity id", problem);
    }

    async Task<CoachingFeedbackResult> PutFeedbackAsync(long id, string feedback)
    {
        var response = await _client.PutAsJsonAsync($"/api/strava/activities/{id}/feedback", new CoachingFeedbackRequest(feedback), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CoachingFeedbackResult>(Cancel))!;
    }

    async Task<RunDetail> FindRunAsync(Func<RunDetail, bool> wanted)
    {
        var page = (await _client.GetFromJsonAsync<StravaActivityPage>("/api/strava/activities?per_page=200", Cancel))!;
        foreach (var activity in page.Items.Where(a => a.Family == SportFamilies.Running))
        {
            var detail = (await _client.GetFromJsonAsync<RunDetail>($"/api/strava/activities/{activity.Id}/detail", Cancel))!;
            if (wanted(detail))
            {
                return detail;
            }
        }

        throw new InvalidOperationException("The demo athlete has no such run.");
    }
}
