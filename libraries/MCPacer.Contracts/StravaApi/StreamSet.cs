using System.Text.Json.Serialization;

namespace MCPacer.Contracts.StravaApi;

/// <summary>
/// Strava's StreamSet: <c>GET /api/v3/activities/{id}/streams?keys=...&amp;key_by_type=true</c>. Only the
/// requested channels the activity has are present (no latlng without GPS, no heartrate without a strap);
/// absent channels are left out of the JSON, as Strava does.
/// </summary>
public sealed record StreamSet
{
    public const string Time = "time";
    public const string Distance = "distance";
    public const string LatLng = "latlng";
    public const string Altitude = "altitude";
    public const string VelocitySmooth = "velocity_smooth";
    public const string Heartrate = "heartrate";
    public const string Cadence = "cadence";
    public const string Watts = "watts";
    public const string Temp = "temp";
    public const string Moving = "moving";
    public const string GradeSmooth = "grade_smooth";

    /// <summary>Seconds since the start.</summary>
    [JsonPropertyName(Time), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StravaStream<int>? TimeStream { get; init; }

    /// <summary>Meters since the start.</summary>
    [JsonPropertyName(Distance), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StravaStream<double>? DistanceStream { get; init; }

    /// <summary>[latitude, longitude] pairs.</summary>
    [JsonPropertyName(LatLng), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StravaStream<double[]>? LatLngStream { get; init; }

    /// <summary>Meters above sea level.</summary>
    [JsonPropertyName(Altitude), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StravaStream<double>? AltitudeStream { get; init; }

    /// <summary>Meters per second, smoothed.</summary>
    [JsonPropertyName(VelocitySmooth), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StravaStream<double>? VelocitySmoothStream { get; init; }

    /// <summary>Beats per minute.</summary>
    [JsonPropertyName(Heartrate), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StravaStream<int>? HeartrateStream { get; init; }

    /// <summary>Revolutions (for runs: strides of one foot) per minute.</summary>
    [JsonPropertyName(Cadence), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StravaStream<int>? CadenceStream { get; init; }

    [JsonPropertyName(Watts), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StravaStream<int>? WattsStream { get; init; }

    /// <summary>Degrees Celsius.</summary>
    [JsonPropertyName(Temp), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StravaStream<int>? TempStream { get; init; }

    [JsonPropertyName(Moving), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StravaStream<bool>? MovingStream { get; init; }

    /// <summary>Percent.</summary>
    [JsonPropertyName(GradeSmooth), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StravaStream<double>? GradeSmoothStream { get; init; }

    /// <summary>True when Strava sent no channel with any sample (an activity entered by hand has none).</summary>
    [JsonIgnore]
    public bool IsEmpty => Channels().All(c => c.Samples == 0);

    /// <summary>The channels whose samples were filled in on reading, with how many ("latlng 1, time 1"); null when none.</summary>
    public string? DescribeRepairs()
    {
        var repaired = Channels().Where(c => c.Repaired > 0).Select(c => $"{c.Name} {c.Repaired}").ToList();
        return repaired.Count == 0 ? null : string.Join(", ", repaired);
    }

    IEnumerable<(string Name, int Samples, int Repaired)> Channels()
    {
        (string, int, int) Of<T>(string name, StravaStream<T>? stream) => (name, stream?.Data.Count ?? 0, stream?.RepairedSamples ?? 0);
        yield return Of(Time, TimeStream);
        yield return Of(Distance, DistanceStream);
        yield return Of(LatLng, LatLngStream);
        yield return Of(Altitude, AltitudeStream);
        yield return Of(VelocitySmooth, VelocitySmoothStream);
        yield return Of(Heartrate, HeartrateStream);
        yield return Of(Cadence, CadenceStream);
        yield return Of(Watts, WattsStream);
        yield return Of(Temp, TempStream);
        yield return Of(Moving, MovingStream);
        yield return Of(GradeSmooth, GradeSmoothStream);
    }
}
