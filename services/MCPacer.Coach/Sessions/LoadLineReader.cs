using MCPacer.Clients;
using MCPacer.ServiceDefaults.Time;

namespace MCPacer.Coach.Sessions;

/// <summary>The load line, and whether it only says that strava did not answer.</summary>
internal sealed record LoadLine(string Text, bool Unavailable);

/// <summary>
/// The run context's load line (strava's <c>Summary</c> of GET /api/strava/training/load: CTL, ATL, TSB, ACWR, ramp
/// flags) for the session context, given <see cref="Timeout"/>: a slow strava costs the session start a line, not a wait.
/// </summary>
internal sealed class LoadLineReader(StravaClient strava, AthleteClock clock, TimeProvider time)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1.5);

    public async Task<LoadLine> ReadAsync(CancellationToken cancellationToken)
    {
        // A one-day window: the summary is today's whatever the window, and the answer stays small.
        var today = clock.Today;
        var load = await BoundedCall.RunAsync(StravaClient.ServiceName, Timeout,
            token => strava.GetTrainingLoadAsync(today, today, token), time, cancellationToken);
        return load.Value is { } found
            ? new LoadLine(found.Summary, false)
            : new LoadLine($"LOAD unavailable: {load.Missing} (get_training_load later)", load.Unanswered);
    }
}
