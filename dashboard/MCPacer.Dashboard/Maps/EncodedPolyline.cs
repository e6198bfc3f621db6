namespace MCPacer.Dashboard.Maps;

/// <summary>Strava's summary route, in Google's encoded polyline format (1e-5 degree precision), as [lat, lng] pairs.</summary>
internal static class EncodedPolyline
{
    public static double[][] Decode(string? encoded)
    {
        if (string.IsNullOrEmpty(encoded))
        {
            return [];
        }

        var points = new List<double[]>();
        var (index, lat, lng) = (0, 0, 0);
        while (index < encoded.Length)
        {
            if (!TryReadValue(encoded, ref index, out var dLat) || !TryReadValue(encoded, ref index, out var dLng))
            {
                break;
            }

            lat += dLat;
            lng += dLng;
            points.Add([lat / 1e5, lng / 1e5]);
        }

        return [.. points];
    }

    static bool TryReadValue(string encoded, ref int index, out int value)
    {
        var (result, shift) = (0, 0);
        while (index < encoded.Length)
        {
            var chunk = encoded[index++] - 63;
            result |= (chunk & 0x1f) << shift;
            shift += 5;
            if (chunk < 0x20)
            {
                value = (result & 1) != 0 ? ~(result >> 1) : result >> 1;
                return true;
            }
        }

        value = 0;
        return false;
    }
}
