using System.Globalization;
using MCPacer.Contracts.Strava;
using MCPacer.Contracts.Training;
using MCPacer.Science.Load;
using MCPacer.Strava.Store;

namespace MCPacer.Strava.Training;

/// <summary>An activity's load in TSS units with its method, Banister's TRIMP beside it when it can be computed.</summary>
internal sealed record MeasuredLoad(double Load, string Method, string Basis, double? Trimp, double Factor);

/// <summary>
/// Picks the best method each activity's data allows: rTSS for a run with a speed stream and a threshold pace; hrTSS
/// for any activity with a heart-rate stream when max, resting and threshold heart rate are known; else Foster's session
/// RPE when the runner gave one (how the session felt beats a guess from its type); else Coggan's duration estimate at
/// the session type's typical intensity. A measured stream still beats the RPE. Cross-training is then scaled by its factor.
/// </summary>
internal static class ActivityLoadCalculator
{
    /// <summary>Strava sport types counted as strength and mobility (their own factor; nothing by default).</summary>
    public static IReadOnlySet<string> StrengthSports { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "WeightTraining", "Workout", "Crossfit", "HighIntensityIntervalTraining", "Yoga", "Pilates",
    };

    public static MeasuredLoad Measure(LoadRow activity, TrainingStreams? streams, Physiology physiology, StravaOptions options)
    {
        var running = activity.Family == SportFamilies.Running;
        var factor = running ? 1 : StrengthSports.Contains(activity.SportType) ? options.StrengthLoadFactor : options.CrossTrainingLoadFactor;
        var heartRate = physiology.HeartRate;
        double? trimp = heartRate is not null && streams?.Heartrate is { } beats ? Math.Round(TrainingLoad.Trimp(streams.Time, beats, heartRate).Value, 1) : null;

        var (load, basis) = Measured(activity, streams, physiology, running);
        return new MeasuredLoad(Math.Round(load.AsCrossTraining(factor).Value, 1), Method(load.Method), basis, trimp, factor);
    }

    static (ActivityLoad Load, string Basis) Measured(LoadRow activity, TrainingStreams? streams, Physiology physiology, bool running)
    {
        if (running && streams?.Velocity is { } velocity && physiology.ThresholdPace is { } pace
            && TrainingLoad.RunningTss(streams.Time, velocity, streams.Grade ?? [], pace) is { } rtss)
        {
            return (rtss, $"rTSS: grade-adjusted speed (Minetti) over moving time against threshold pace {PaceText.PerKm(pace)}");
        }

        if (physiology.HeartRate is { ThresholdBpm: { } threshold } profile && streams?.Heartrate is { } beats
            && TrainingLoad.HeartRateTss(streams.Time, beats, profile) is { } hrtss)
        {
            return (hrtss, string.Create(CultureInfo.InvariantCulture,
                $"hrTSS: Banister TRIMP of the heart-rate stream against an hour at threshold HR {threshold:0} (max {profile.MaxBpm:0}, resting {profile.RestingBpm:0})"));
        }

        var minutes = activity.MovingTimeSeconds / 60.0;
        if (activity.SessionRpe is { } rpe)
        {
            return (TrainingLoad.SessionRpe(minutes, rpe), string.Create(CultureInfo.InvariantCulture,
                $"session RPE (Foster): {rpe} x {minutes:0} min / {TrainingLoad.RpeUnitsPerTss:0.0} (RPE 7 for an hour = 100; no {MissingFor(streams, running)})"));
        }

        var type = SessionTypeOf(activity, running);
        return (TrainingLoad.FromDuration(minutes, type), string.Create(CultureInfo.InvariantCulture,
            $"estimated from {minutes:0} min as {type} at intensity factor {SessionIntensity.Typical(type):0.00} (no {MissingFor(streams, running)})"));
    }

    /// <summary>Strava's run workout_type: 1 race, 2 long run, 3 workout; anything else an easy run.</summary>
    static SessionType SessionTypeOf(LoadRow activity, bool running) => !running
        ? SessionType.CrossTraining
        : activity.WorkoutType switch
        {
            1 => SessionType.Race,
            2 => SessionType.Long,
            3 => SessionType.Workout,
            _ => SessionType.Easy,
        };

    static string MissingFor(TrainingStreams? streams, bool running) =>
        streams is null ? "streams stored"
        : running ? "speed stream with a threshold pace, nor heart rate with max, resting and threshold HR"
        : "heart-rate stream with max, resting and threshold HR";

    static string Method(LoadMethod method) => method switch
    {
        LoadMethod.RunningTss => LoadMethods.RunningTss,
        LoadMethod.HeartRateTss => LoadMethods.HeartRateTss,
        LoadMethod.SessionRpe => LoadMethods.SessionRpe,
        _ => LoadMethods.DurationEstimate,
    };
}
