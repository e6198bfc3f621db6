using MCPacer.Contracts.StravaApi;

namespace MCPacer.StravaStandIn.Api;

/// <summary>The stream types the stand-in records and accepts in <c>keys=</c>.</summary>
public static class StreamKeys
{
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        StreamSet.Time, StreamSet.Distance, StreamSet.LatLng, StreamSet.Altitude, StreamSet.VelocitySmooth,
        StreamSet.Heartrate, StreamSet.Cadence, StreamSet.Moving, StreamSet.GradeSmooth,
    };
}
