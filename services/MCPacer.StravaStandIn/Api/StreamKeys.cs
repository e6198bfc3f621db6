using MCPacer.Contracts.StravaApi;

namespace MCPacer.StravaStandIn.Api;

/// <summary>Strava's stream types; others in <c>keys=</c> are ignored, as Strava ignores them.</summary>
internal static class StreamKeys
{
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        StreamSet.Time, StreamSet.Distance, StreamSet.LatLng, StreamSet.Altitude, StreamSet.VelocitySmooth,
        StreamSet.Heartrate, StreamSet.Cadence, StreamSet.Watts, StreamSet.Temp, StreamSet.Moving, StreamSet.GradeSmooth,
    };
}
