namespace MCPacer.StravaStandIn.Athlete;

/// <summary>
/// Computes the activity summaries in the background after start, newest first, so that a client's
/// first pages of <c>/athlete/activities</c> are served at once rather than simulated on the spot.
/// </summary>
internal sealed partial class SummaryWarmup(ActivityCatalog catalog, TimeProvider time, ILogger<SummaryWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var started = time.GetTimestamp();
        var count = 0;
        foreach (var _ in catalog.WarmSummaries())
        {
            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            count++;
        }

        LogWarm(logger, count, time.GetElapsedTime(started).TotalSeconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} activity summaries ready in {Seconds:0.0} s")]
    static partial void LogWarm(ILogger logger, int count, double seconds);
}
