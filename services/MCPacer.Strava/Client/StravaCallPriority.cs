namespace MCPacer.Strava.Client;

/// <summary>Who is waiting for a Strava request: the runner, right now, or the background sync.</summary>
internal enum StravaCallPriority
{
    /// <summary>May use the whole budget; answered with the reset time rather than held for long.</summary>
    Interactive,

    /// <summary>Leaves the interactive reserve of each window and day alone, and waits for the next window.</summary>
    Background,
}
