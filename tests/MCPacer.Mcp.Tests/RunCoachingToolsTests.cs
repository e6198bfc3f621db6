using MCPacer.Contracts.Strava;
using MCPacer.Mcp.Tools;
using static MCPacer.Mcp.Tests.McpCalls;

namespace MCPacer.Mcp.Tests;

/// <summary>Digests, notes and feedback: what the model is handed to write, and what it is told when a run is not there.</summary>
public sealed class RunCoachingToolsTests(McpServerHost host) : IClassFixture<McpServerHost>
{
    const string Strava = "http://strava/api/strava";

    readonly OwningServices _services = host.Owners.Reset();

    RunCoachingTools Tools => new(_services.Strava);

    [Fact]
    public async Task Pending_digests_give_each_run_a_heading_and_its_prompt_with_the_tags_to_use()
    {
        _services.Answer("GET", $"{Strava}/digests/pending?limit=10", new PendingDigests(
            [new PendingDigest(101, new DateOnly(2026, 4, 14), "Easy with strides", "8.0 km at 5:17/km, HR 141.\nSay what stands out.\n")],
            ["easy", "long", "workout"]));

        var text = await Tools.GetPendingDigests(ct: Ct);

        Assert.Equal("1 run(s) need a digest. Tags to use: easy, long, workout.\n\n" +
                     "## Activity 101: Easy with strides (2026-04-14)\n8.0 km at 5:17/km, HR 141.\nSay what stands out.", text);
    }

    [Fact]
    public async Task No_pending_digest_says_every_run_has_one()
    {
        _services.Answer("GET", $"{Strava}/digests/pending?limit=10", new PendingDigests([], []));

        Assert.Equal("Every run has a digest.", await Tools.GetPendingDigests(ct: Ct));
    }

    [Fact]
    public async Task Feedback_is_signed_by_the_persona_and_the_answer_shows_the_description_as_it_now_reads()
    {
        _services.Answer("PUT", $"{Strava}/activities/101/feedback", new CoachingFeedbackResult(101, "Felt good.\n\nStrong finish.\n— david", true));

        var text = await Tools.AddCoachingFeedback(101, "Strong finish.", " david ", Ct);

        Assert.Equal("Replaced the earlier feedback on activity 101. The description now reads:\nFelt good.\n\nStrong finish.\n— david", text);
        Assert.Contains("Strong finish.\\n\\u2014 david", Assert.Single(_services.Requests).Body);
    }

    [Fact]
    public async Task A_run_that_is_not_synced_is_refused_with_the_strava_services_words()
    {
        _services.Problem("POST", $"{Strava}/activities/999/notes", 404, "Not found", "activity 999 is not synced; sync_strava fetches new runs");
        await using var client = await host.ConnectAsync(Ct);

        var error = await client.CallErrorAsync("add_run_note", new() { ["activity_id"] = 999, ["note"] = "left calf tight" });

        Assert.Equal("activity 999 is not synced; sync_strava fetches new runs", error);
    }

    [Fact]
    public async Task An_activity_id_that_is_not_a_number_is_named()
    {
        await using var client = await host.ConnectAsync(Ct);

        var error = await client.CallErrorAsync("save_run_digest", Arguments("""{"activity_id": "last run", "digest": "easy 8k"}"""));

        Assert.Equal("'activity_id' must be a whole number; it was \"last run\".", error);
        Assert.Empty(_services.Requests);
    }
}
