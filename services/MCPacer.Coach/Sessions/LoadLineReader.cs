using MCPacer.Clients;
using MCPacer.ServiceDefaults.Time;

namespace MCPacer.Coach.Sessions;

/// <summary>
/// The run context's load line (strava's <c>Summary</c> of GET /api/strava/training/load: CTL, ATL, TSB, ACWR, ramp
/// flags) for the session context, given <see cref="Timeout"/>: a slow strava costs the session start a line, not a wait.
/// </summary>
internal sealed class LoadLineReader(StravaClient strava, AthleteClock clock)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1.5);

    public async Task<string> ReadAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            // A one-day window: the summary is today's whatever the window, and the answer stays small.
            var today = clock.Today;
            return (await strava.GetTrainingLoadAsync(today, today, timeout.Token)).Summary;
        }
        catch (ServiceUnavailableException)
        {
            return "LOAD unavailable: the strava service is not answering (get_training_load later)";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"LOAD unavailable: strava did not answer within {Timeout.TotalSeconds:0.#} s (get_training_load later)";
        }
    }
}
