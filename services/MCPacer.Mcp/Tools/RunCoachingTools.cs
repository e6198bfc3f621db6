using System.ComponentModel;
using System.Text;
using MCPacer.Clients;
using ModelContextProtocol.Server;

namespace MCPacer.Mcp.Tools;

/// <summary>What the coach leaves on a run: its one-line digest, private notes and feedback on Strava.</summary>
[McpServerToolType]
internal sealed class RunCoachingTools(StravaClient strava)
{
    const string ActivityIdDescription = "The Strava activity id (a number).";

    [McpServerTool(Name = "get_pending_digests", ReadOnly = true)]
    [Description("Runs that have no digest yet, newest first, each with a prompt holding the run's figures and what the " +
                 "digest line should say. Write each digest and save it with save_run_digest.")]
    public async Task<string> GetPendingDigests(
        [Description("At most this many runs, 1 to 50.")] int limit = 10,
        CancellationToken ct = default)
    {
        var pending = await strava.GetPendingDigestsAsync(limit, ct);
        if (pending.Runs.Count == 0)
        {
            return "Every run has a digest.";
        }

        var text = new StringBuilder($"{pending.Runs.Count} run(s) need a digest. Tags to use: {string.Join(", ", pending.Tags)}.\n");
        foreach (var run in pending.Runs)
        {
            text.Append($"\n## Activity {run.ActivityId}: {run.Name} ({run.LocalDate:yyyy-MM-dd})\n{run.Prompt.TrimEnd()}\n");
        }

        return text.ToString().TrimEnd();
    }

    [McpServerTool(Name = "save_run_digest", Destructive = true, Idempotent = true)]
    [Description("Saves a run's one-line digest (replacing an earlier one). Later sessions read the digest instead of the " +
                 "whole run, so be precise.")]
    public async Task<string> SaveRunDigest(
        [Description(ActivityIdDescription)] long activity_id,
        [Description("One line of at most 200 characters: type, distance, pace or reps, HR, what stands out.")] string digest,
        CancellationToken ct)
    {
        await strava.SaveDigestAsync(activity_id, digest, ct);
        return $"Saved the digest of activity {activity_id}.";
    }

    [McpServerTool(Name = "add_coaching_feedback", Destructive = true, Idempotent = true, OpenWorld = true)]
    [Description("Posts coaching feedback into the activity's description on Strava, where the athlete (and their " +
                 "followers) see it, below the athlete's own words; feedback posted earlier by the coach is replaced.")]
    public async Task<string> AddCoachingFeedback(
        [Description(ActivityIdDescription)] long activity_id,
        [Description("Two to four sentences in the persona's voice, referring to the plan (at most 1,500 characters).")] string feedback,
        [Description("The persona giving the feedback (e.g. david); it signs the feedback.")] string? coach_name = null,
        CancellationToken ct = default)
    {
        var signed = string.IsNullOrWhiteSpace(coach_name) ? feedback : $"{feedback.TrimEnd()}\n— {coach_name.Trim()}";
        var result = await strava.PostFeedbackAsync(activity_id, signed, ct);
        return $"{(result.Replaced ? "Replaced the earlier feedback on" : "Posted feedback to")} activity {activity_id}. The description now reads:\n{result.Description}";
    }

    [McpServerTool(Name = "add_run_note", Destructive = false)]
    [Description("Adds a private coach's note to a run (kept in MCPacer, not posted to Strava), for observations to " +
                 "remember; get_run_detail shows them.")]
    public async Task<string> AddRunNote(
        [Description(ActivityIdDescription)] long activity_id,
        [Description("The note, at most 2,000 characters.")] string note,
        CancellationToken ct)
    {
        var saved = await strava.AddNoteAsync(activity_id, note, ct);
        return $"Note added to activity {activity_id} at {saved.At:yyyy-MM-dd HH:mm} UTC.";
    }
}
