using System.Text;
using MCPacer.Contracts.Strava;
using MCPacer.Strava.Store;

namespace MCPacer.Strava.Context;

/// <summary>One run as compact text: summary, laps, splits, the athlete's description, digest and notes.</summary>
internal static class RunDetailFormatter
{
    public static RunDetail ToDetail(StoredRun run) =>
        new(run.Activity, run.Description, run.Laps, run.Splits, run.Notes, run.Polyline, Text(run),
            FeedbackBlock.AthleteText(run.Description) is { Length: > 0 } athlete ? athlete : null, FeedbackBlock.Feedback(run.Description));

    public static string Summary(StravaActivity a)
    {
        var parts = new List<string> { $"{a.StartLocal:ddd yyyy-MM-dd HH:mm}", a.Name, $"{RunFigures.Km(a.DistanceKm)} km", RunFigures.Duration(a.MovingTimeSeconds) };
        if (a.Pace is not null)
        {
            parts.Add(a.Pace);
        }

        if (a.AverageHeartrate is { } hr)
        {
            parts.Add($"HR {hr:0}" + (a.MaxHeartrate is { } max ? $"/{max:0}" : ""));
        }

        if (a.ElevationGainM >= 1)
        {
            parts.Add($"+{a.ElevationGainM:0} m");
        }

        if (a.AverageCadence is { } cadence)
        {
            parts.Add($"{cadence * 2:0} spm");
        }

        parts.Add(a.Treadmill ? "treadmill" : a.SportType);
        return string.Join(" · ", parts);
    }

    static string Text(StoredRun run)
    {
        var text = new StringBuilder();
        text.AppendLine(Summary(run.Activity));
        var athleteText = FeedbackBlock.AthleteText(run.Description);
        if (athleteText.Length > 0)
        {
            text.AppendLine($"Description: {athleteText.ReplaceLineEndings(" ")}");
        }

        if (run.Laps.Count > 1)
        {
            text.AppendLine("Laps:");
            foreach (var lap in run.Laps)
            {
                text.AppendLine($"  {lap.Index,2} {lap.Name} · {RunFigures.Km(lap.DistanceKm)} km · {RunFigures.Duration(lap.MovingTimeSeconds)} · {lap.Pace ?? "-"}"
                    + (lap.AverageHeartrate is { } hr ? $" · HR {hr:0}" : "") + (lap.ElevationGainM >= 1 ? $" · +{lap.ElevationGainM:0} m" : ""));
            }
        }

        if (run.Splits.Count > 0)
        {
            text.AppendLine("Splits/km: " + string.Join(" ", run.Splits.Select(s => (s.Pace ?? "-").Replace("/km", "")
                + (s.AverageHeartrate is { } hr ? $"@{hr:0}" : ""))));
        }

        if (run.Activity.Digest is { } digest)
        {
            text.AppendLine($"Digest: {digest}");
        }

        foreach (var note in run.Notes)
        {
            text.AppendLine($"Note {note.At:yyyy-MM-dd}: {note.Text}");
        }

        return text.ToString().TrimEnd();
    }
}
