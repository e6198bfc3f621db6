using MCPacer.Contracts.Events;
using MCPacer.Contracts.Strava;
using MCPacer.Contracts.StravaApi;
using MCPacer.Events;
using MCPacer.Strava.Auth;
using MCPacer.Strava.Client;
using MCPacer.Strava.Context;
using MCPacer.Strava.Store;

namespace MCPacer.Strava.Coaching;

/// <summary>
/// Posts the coach's feedback into the activity's description on Strava: reads the description as it is
/// on Strava now (the athlete may have edited it), keeps the athlete's text as is, and puts our block
/// below the marker, replacing an earlier one.
/// </summary>
internal sealed class FeedbackPoster(
    StravaApiClient strava, SecretStore secrets, ActivityStore store, IEventBus events, TimeProvider clock)
{
    public async Task<CoachingFeedbackResult?> PostAsync(long activityId, string feedback, CancellationToken cancellationToken)
    {
        if (await secrets.ReadTokensAsync(cancellationToken) is { } grant && !grant.Scopes.Contains(StravaScopes.ActivityWrite))
        {
            throw new StravaScopeMissingException(StravaScopes.ActivityWrite,
                "MCPacer may not write to your Strava activities: the 'activity:write' scope was not granted. Reconnect Strava and leave that box ticked.");
        }

        var current = await strava.GetActivityAsync(activityId, StravaCallPriority.Interactive, cancellationToken);
        if (current is null)
        {
            return null;
        }

        var replaced = FeedbackBlock.HasBlock(current.Description);
        var description = FeedbackBlock.Compose(current.Description, feedback);
        var updated = await strava.UpdateDescriptionAsync(activityId, description, StravaCallPriority.Interactive, cancellationToken);
        if (updated is null)
        {
            return null;
        }

        await store.SaveDescriptionAsync(activityId, updated.Description, cancellationToken);
        await events.PublishAsync(new StravaRunAnnotated(activityId, StravaRunAnnotated.Feedback, clock.GetUtcNow()), cancellationToken);
        return new CoachingFeedbackResult(activityId, updated.Description ?? description, replaced);
    }
}
