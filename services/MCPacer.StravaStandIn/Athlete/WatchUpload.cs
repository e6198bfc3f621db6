using System.Text.Json.Serialization;
using MCPacer.Contracts.StravaApi;

namespace MCPacer.StravaStandIn.Athlete;

/// <summary>
/// The body of <c>POST /_standin/activities</c>: an activity as the runner's watch uploads it, its streams (one
/// sample per second, all as long as <c>time</c>) and whatever summary figures the watch computed; figures left
/// out are computed from the streams.
/// </summary>
internal sealed record WatchUpload
{
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("sport_type")] public string? SportType { get; init; }
    [JsonPropertyName("start_date")] public DateTimeOffset? StartDate { get; init; }
    [JsonPropertyName("description")] public string? Description { get; init; }
    [JsonPropertyName("workout_type")] public int? WorkoutType { get; init; }
    [JsonPropertyName("trainer")] public bool Trainer { get; init; }
    [JsonPropertyName("commute")] public bool Commute { get; init; }
    [JsonPropertyName("private")] public bool Private { get; init; }
    [JsonPropertyName("device_name")] public string? DeviceName { get; init; }
    [JsonPropertyName("elapsed_time")] public int? ElapsedTime { get; init; }
    [JsonPropertyName("moving_time")] public int? MovingTime { get; init; }
    [JsonPropertyName("distance")] public double? Distance { get; init; }
    [JsonPropertyName("total_elevation_gain")] public double? TotalElevationGain { get; init; }
    [JsonPropertyName("average_speed")] public double? AverageSpeed { get; init; }
    [JsonPropertyName("max_speed")] public double? MaxSpeed { get; init; }
    [JsonPropertyName("average_heartrate")] public double? AverageHeartrate { get; init; }
    [JsonPropertyName("max_heartrate")] public double? MaxHeartrate { get; init; }
    [JsonPropertyName("average_cadence")] public double? AverageCadence { get; init; }
    [JsonPropertyName("average_watts")] public double? AverageWatts { get; init; }
    [JsonPropertyName("streams")] public WatchStreams? Streams { get; init; }

    /// <summary>Where each lap the athlete pressed ends, as sample indices; none: the whole activity is one lap.</summary>
    [JsonPropertyName("lap_end_indices")] public IReadOnlyList<int>? LapEndIndices { get; init; }

    /// <summary>The figures the watch computed, over those the stand-in computed from the streams.</summary>
    public SummaryActivity ApplyTo(SummaryActivity activity)
    {
        var figured = activity with
        {
            ElapsedTime = ElapsedTime ?? activity.ElapsedTime,
            MovingTime = MovingTime ?? activity.MovingTime,
            Distance = Distance ?? activity.Distance,
            TotalElevationGain = TotalElevationGain ?? activity.TotalElevationGain,
            AverageSpeed = AverageSpeed ?? activity.AverageSpeed,
            MaxSpeed = MaxSpeed ?? activity.MaxSpeed,
            AverageHeartrate = AverageHeartrate ?? activity.AverageHeartrate,
            MaxHeartrate = MaxHeartrate ?? activity.MaxHeartrate,
            HasHeartrate = activity.HasHeartrate || AverageHeartrate is not null,
            AverageCadence = AverageCadence ?? activity.AverageCadence,
            AverageWatts = AverageWatts ?? activity.AverageWatts,
        };
        return figured is DetailedActivity detail && DeviceName is not null ? detail with { DeviceName = DeviceName } : figured;
    }
}

/// <summary>The streams of a <see cref="WatchUpload"/>, keyed by Strava's stream types.</summary>
internal sealed record WatchStreams
{
    [JsonPropertyName(StreamSet.Time)] public int[]? Time { get; init; }
    [JsonPropertyName(StreamSet.Distance)] public double[]? Distance { get; init; }
    [JsonPropertyName(StreamSet.LatLng)] public double[][]? LatLng { get; init; }
    [JsonPropertyName(StreamSet.Altitude)] public double[]? Altitude { get; init; }
    [JsonPropertyName(StreamSet.VelocitySmooth)] public double[]? VelocitySmooth { get; init; }
    [JsonPropertyName(StreamSet.Heartrate)] public int[]? Heartrate { get; init; }
    [JsonPropertyName(StreamSet.Cadence)] public int[]? Cadence { get; init; }
    [JsonPropertyName(StreamSet.Watts)] public int[]? Watts { get; init; }
    [JsonPropertyName(StreamSet.Temp)] public int[]? Temp { get; init; }
    [JsonPropertyName(StreamSet.Moving)] public bool[]? Moving { get; init; }
    [JsonPropertyName(StreamSet.GradeSmooth)] public double[]? GradeSmooth { get; init; }

    /// <summary>The recording, or the stream at fault: <c>time</c> missing, or a stream of another length.</summary>
    public (Recording? Recording, string? Fault) ToRecording(IReadOnlyList<int>? lapEnds)
    {
        if (Time is not { Length: > 1 } time)
        {
            return (null, StreamSet.Time);
        }

        var lengths = new (string Key, int? Length)[]
        {
            (StreamSet.Distance, Distance?.Length), (StreamSet.LatLng, LatLng?.Length), (StreamSet.Altitude, Altitude?.Length),
            (StreamSet.VelocitySmooth, VelocitySmooth?.Length), (StreamSet.Heartrate, Heartrate?.Length), (StreamSet.Cadence, Cadence?.Length),
            (StreamSet.Watts, Watts?.Length), (StreamSet.Temp, Temp?.Length), (StreamSet.Moving, Moving?.Length), (StreamSet.GradeSmooth, GradeSmooth?.Length),
        };
        if (lengths.FirstOrDefault(s => s.Length is { } length && length != time.Length) is { Key: { } wrong })
        {
            return (null, wrong);
        }

        if (LatLng is not null && LatLng.Any(p => p.Length != 2))
        {
            return (null, StreamSet.LatLng);
        }

        var distance = Distance ?? new double[time.Length];
        var velocity = VelocitySmooth ?? [.. time.Select((t, i) => i == 0 || t == time[i - 1] ? 0 : (distance[i] - distance[i - 1]) / (t - time[i - 1]))];
        return (new Recording
        {
            Time = time,
            Distance = distance,
            Velocity = velocity,
            Moving = Moving ?? [.. velocity.Select(v => Distance is null || v > 0.3)],
            Heartrate = Heartrate,
            Cadence = Cadence,
            Watts = Watts,
            Temperature = Temp,
            Latitude = LatLng?.Select(p => p[0]).ToArray(),
            Longitude = LatLng?.Select(p => p[1]).ToArray(),
            Altitude = Altitude,
            Grade = GradeSmooth,
            SegmentEnds = [.. (lapEnds ?? []).Where(end => end > 0 && end < time.Length).Order()],
        }, null);
    }
}
