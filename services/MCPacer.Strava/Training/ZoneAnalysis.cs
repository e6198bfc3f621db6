using MCPacer.Contracts.Strava;
using MCPacer.Contracts.Training;
using MCPacer.Science.Zones;

namespace MCPacer.Strava.Training;

/// <summary>The athlete's zones from their physiology, and a run's time in them with EF and decoupling.</summary>
internal static class ZoneAnalysis
{
    /// <summary>Friel's HR zones from threshold HR, else Edwards' from max HR; Friel's pace zones from threshold pace.</summary>
    public static (ZoneSet? HeartRate, ZoneSet? Pace) ZonesOf(Physiology physiology) => (
        physiology.ThresholdHeartrate is { } threshold ? TrainingZones.HeartRateFromThreshold(threshold)
            : physiology.MaxHeartrate is { } max ? TrainingZones.HeartRateFromMax(max) : null,
        physiology.ThresholdPace is { } pace ? TrainingZones.PaceFromThreshold(pace) : null);

    public static ZoneReport Athlete(Physiology physiology)
    {
        var (heartRate, pace) = ZonesOf(physiology);
        return new ZoneReport(null, heartRate is null ? null : Set(heartRate, null), pace is null ? null : Set(pace, null), null,
            heartRate is null ? "No heart-rate zones: set max or threshold heart rate in the athlete profile." : null);
    }

    public static ZoneReport Activity(StravaActivity activity, TrainingStreams? streams, Physiology physiology)
    {
        if (streams is null)
        {
            return new ZoneReport(activity.Id, null, null, null, "Strava has no streams for this activity, so no time in zone.");
        }

        var (heartRateZones, paceZones) = ZonesOf(physiology);
        var heartRate = heartRateZones is not null && streams.Heartrate is { } beats ? Set(heartRateZones, TrainingZones.TimeIn(heartRateZones, streams.Time, beats)) : null;
        var pace = paceZones is not null && streams.Velocity is { } speed && activity.Family == SportFamilies.Running
            ? Set(paceZones, TrainingZones.TimeIn(paceZones, streams.Time, speed))
            : null;

        // Decoupling means something only for a steady aerobic run: not a race (1) or a workout (3).
        var steady = activity.Family == SportFamilies.Running && activity.WorkoutType is not (1 or 3);
        var efficiency = steady && streams.Velocity is { } velocity && streams.Heartrate is { } hr
            && AerobicEfficiency.Analyze(streams.Time, velocity, hr, streams.Grade ?? []) is { } e
            ? new AerobicEfficiencyResult(Math.Round(e.EfficiencyFactor, 3), Math.Round(e.DecouplingPercent, 1), Math.Round(e.MovingMinutes, 1))
            : null;
        var notes = new List<string>();
        if (heartRate is null)
        {
            notes.Add(streams.Heartrate is null ? "no heart-rate stream" : "no heart-rate zones (set max or threshold HR)");
        }

        if (efficiency is null)
        {
            notes.Add(steady ? $"no EF/decoupling: needs heart rate and speed over at least {AerobicEfficiency.MinimumMinutes:0} moving minutes"
                : "no EF/decoupling: only for steady runs (not races, workouts or cross-training)");
        }

        return new ZoneReport(activity.Id, heartRate, pace, efficiency, notes.Count == 0 ? null : string.Join("; ", notes) + ".");
    }

    static TrainingZoneSet Set(ZoneSet zones, double[]? seconds)
    {
        var total = seconds?.Sum() ?? 0;
        var bands = zones.Zones.Select(z => new TrainingZoneBand(z.Number, Range(zones.Measure, z), Math.Round(z.Lower, 3), z.Upper is { } u ? Math.Round(u, 3) : null,
            seconds is null ? null : (int)Math.Round(seconds[z.Number - 1]),
            seconds is null ? null : total > 0 ? Math.Round(100 * seconds[z.Number - 1] / total, 1) : 0)).ToList();
        return new TrainingZoneSet(zones.Measure == ZoneMeasure.HeartRate ? "heart_rate" : "pace", zones.Basis, bands);
    }

    static string Range(ZoneMeasure measure, Zone zone)
    {
        if (measure == ZoneMeasure.HeartRate)
        {
            return zone.Upper is not { } upper ? $"{zone.Lower:0}+ bpm" : zone.Lower == 0 ? $"below {upper:0} bpm" : $"{zone.Lower:0}-{upper - 1:0} bpm";
        }

        // Speed zones read as paces: the lower speed bound is the slower pace.
        string Of(double speed) => PaceText.Short(1000 / speed);
        return zone.Upper is not { } top ? $"faster than {Of(zone.Lower)}/km"
            : zone.Lower == 0 ? $"slower than {Of(top)}/km"
            : $"{Of(zone.Lower)}-{Of(top)}/km";
    }
}
