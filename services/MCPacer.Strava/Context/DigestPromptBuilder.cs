using System.Text;
using MCPacer.Contracts.Plans;
using MCPacer.Contracts.Strava;
using MCPacer.Strava.Store;

namespace MCPacer.Strava.Context;

/// <summary>
/// The prompt that asks the coach for a run's digest: the run in compact text, the athlete's own
/// description as the authority on what the run was, and the tags to choose from. Our feedback block
/// is left out: the coach must not digest its own words.
/// </summary>
internal static class DigestPromptBuilder
{
    public const int MaxDigestLength = 200;

    /// <summary>A fixed list, not the plan's run types: a plan may also say long_run, shakeout or gym, a digest tag does not.</summary>
    public static IReadOnlyList<string> Tags { get; } =
        [RunTypes.Easy, RunTypes.Intervals, RunTypes.Long, RunTypes.MarathonPace, RunTypes.Progression, RunTypes.Race, RunTypes.Recovery,
            RunTypes.Tempo, RunTypes.Workout, "treadmill", "trail", "hills", "strides", "heat", "niggle", "felt-great", "felt-bad"];

    public static PendingDigest Build(StoredRun run)
    {
        var prompt = new StringBuilder();
        prompt.AppendLine($"Write the digest of this run: ONE line, at most {MaxDigestLength} characters, starting with 1-3 tags in brackets");
        prompt.AppendLine($"from [{string.Join(", ", Tags)}], then what was done and how it went (paces, HR, structure).");
        prompt.AppendLine("The athlete's description is authoritative about what the run was and how it felt; the data fills in the rest.");
        prompt.AppendLine();
        prompt.AppendLine(Summary(run));
        return new PendingDigest(run.Activity.Id, run.Activity.LocalDate, run.Activity.Name, prompt.ToString().TrimEnd());
    }

    static string Summary(StoredRun run)
    {
        var text = new StringBuilder(RunDetailFormatter.Summary(run.Activity));
        var athleteText = FeedbackBlock.AthleteText(run.Description);
        text.AppendLine().Append("Athlete's description: ").Append(athleteText.Length > 0 ? athleteText.ReplaceLineEndings(" ") : "(none)");
        if (run.Laps.Count > 1)
        {
            text.AppendLine().Append("Laps: ").Append(string.Join("; ", run.Laps.Select(l =>
                $"{l.Name} {RunFigures.Km(l.DistanceKm)} km {l.Pace ?? "-"}" + (l.AverageHeartrate is { } hr ? $" HR {hr:0}" : ""))));
        }

        return text.ToString();
    }
}
