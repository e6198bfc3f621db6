using MCPacer.Contracts.Events;
using MCPacer.Contracts.Training;
using MCPacer.Events;
using MCPacer.Strava.Training;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MCPacer.Strava.Api;

/// <summary>The athlete's physiology: what the runner set, and what MCPacer estimated from the streams.</summary>
internal static class AthleteProfileApi
{

    public static RouteGroupBuilder MapAthleteProfileApi(this IEndpointRouteBuilder app)
    {
        var profile = app.MapGroup("/api/strava/athlete/profile").WithTags("Athlete profile");
        profile.MapGet("/", GetProfile).WithSummary("Max, resting and threshold HR, threshold pace and sex, each set by the runner or estimated from the streams");
        profile.MapPut("/", UpdateProfile).WithSummary("Set the runner's values (HR 30-250, resting < threshold < max, pace m:ss per km 2:00-12:00); null = estimate it");
        return profile;
    }

    static async Task<Ok<AthleteProfile>> GetProfile(AthleteProfileStore profiles, CancellationToken cancellationToken) =>
        TypedResults.Ok((await profiles.GetAsync(cancellationToken)).Profile);

    static async Task<Results<Ok<AthleteProfile>, ValidationProblem>> UpdateProfile(
        AthleteProfileUpdate update, AthleteProfileStore profiles, IEventBus events, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = Validate(update);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await profiles.SaveAsync(update, cancellationToken);
        await events.PublishAsync(new AthleteProfileChanged(clock.GetUtcNow()), cancellationToken);
        return TypedResults.Ok((await profiles.GetAsync(cancellationToken)).Profile);
    }

    static Dictionary<string, string[]> Validate(AthleteProfileUpdate update)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (field, bpm) in new[] { ("maxHeartrate", update.MaxHeartrate), ("restingHeartrate", update.RestingHeartrate), ("thresholdHeartrate", update.ThresholdHeartrate) })
        {
            if (bpm is < StravaLimits.LowestBpm or > StravaLimits.HighestBpm)
            {
                errors[field] = [$"{field} is {StravaLimits.LowestBpm} to {StravaLimits.HighestBpm} bpm; it was {bpm}."];
            }
        }

        if (errors.Count == 0)
        {
            var order = new[] { ("restingHeartrate", update.RestingHeartrate), ("thresholdHeartrate", update.ThresholdHeartrate), ("maxHeartrate", update.MaxHeartrate) }
                .Where(v => v.Item2 is not null).ToList();
            for (var i = 1; i < order.Count; i++)
            {
                if (order[i].Item2 <= order[i - 1].Item2)
                {
                    errors[order[i].Item1] = [$"Heart rates go resting < threshold < max: {order[i].Item1} {order[i].Item2} is not above {order[i - 1].Item1} {order[i - 1].Item2}."];
                }
            }
        }

        if (update.ThresholdPace is { } pace && (!PaceText.TryParse(pace, out var seconds) || seconds is < StravaLimits.FastestPaceSeconds or > StravaLimits.SlowestPaceSeconds))
        {
            errors["thresholdPace"] = [$"thresholdPace is a pace per km written m:ss, from 2:00 to 12:00 (e.g. 4:05); it was '{(pace.Length > 20 ? pace[..20] + "…" : pace)}'."];
        }

        if (update.Sex is { } sex && sex.Trim().ToLowerInvariant() is not (ProfileSexes.Male or ProfileSexes.Female or ProfileSexes.Unspecified))
        {
            errors["sex"] = ["sex is male, female or unspecified (it selects Banister's TRIMP weighting)."];
        }

        return errors;
    }
}
