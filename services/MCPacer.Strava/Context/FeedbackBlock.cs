namespace MCPacer.Strava.Context;

/// <summary>
/// The coach's block at the end of a Strava description, below a marker line. Everything above the
/// marker is the athlete's and is never changed; posting again replaces the block instead of adding one.
/// </summary>
internal static class FeedbackBlock
{
    public const string Marker = "— Coach feedback (MCPacer) —";

    /// <summary>The athlete's own text: the description without our block.</summary>
    public static string AthleteText(string? description)
    {
        var text = description ?? "";
        var at = text.IndexOf(Marker, StringComparison.Ordinal);
        return (at < 0 ? text : text[..at]).TrimEnd();
    }

    /// <summary>The coach's feedback below the marker, or null when none was posted.</summary>
    public static string? Feedback(string? description)
    {
        var at = description?.IndexOf(Marker, StringComparison.Ordinal) ?? -1;
        return at < 0 ? null : description![(at + Marker.Length)..].Trim() is { Length: > 0 } feedback ? feedback : null;
    }

    public static bool HasBlock(string? description) => description?.Contains(Marker, StringComparison.Ordinal) == true;

    public static string Compose(string? description, string feedback)
    {
        var athlete = AthleteText(description);
        var block = $"{Marker}\n{feedback.Trim()}";
        return athlete.Length == 0 ? block : $"{athlete}\n\n{block}";
    }
}
