using MCPacer.Contracts.Plans;
using MCPacer.Contracts.Strava;
using MCPacer.ServiceDefaults.Time;

namespace MCPacer.Plans.Adherence;

/// <summary>Adherence of a plan as of the athlete's today; null when the strava service cannot give the actuals.</summary>
sealed partial class AdherenceService(StravaActivitiesClient strava, AthleteClock clock, ILogger<AdherenceService> logger)
{
    public async Task<PlanAdherence?> TryComputeAsync(TrainingPlan plan, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        IReadOnlyList<StravaActivity> activities = [];
        if (AdherenceCalculator.ActivityRange(plan, today) is var (from, to))
        {
            try
            {
                activities = await strava.GetActivitiesAsync(from, to, cancellationToken);
            }
            catch (Exception e) when (StravaActivitiesClient.IsUnavailable(e, cancellationToken))
            {
                LogStravaUnavailable(e.GetType().Name);
                return null;
            }
        }

        return AdherenceCalculator.Compute(plan, activities, today);
    }

    [LoggerMessage(LogLevel.Warning, "No adherence: the strava service is unavailable ({Failure})")]
    partial void LogStravaUnavailable(string failure);
}
