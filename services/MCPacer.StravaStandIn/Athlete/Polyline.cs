using System.Text;

namespace MCPacer.StravaStandIn.Athlete;

/// <summary>Google's encoded polyline format (5 decimals), which Strava uses for maps.</summary>
internal static class Polyline
{
    /// <summary>Encodes every <paramref name="step"/>-th point, and always the last one.</summary>
    public static string Encode(double[] latitudes, double[] longitudes, int step)
    {
        var text = new StringBuilder();
        var (previousLat, previousLng) = (0L, 0L);
        for (var i = 0; i < latitudes.Length; i += step)
        {
            Append(i);
            if (i + step >= latitudes.Length && i != latitudes.Length - 1)
            {
                Append(latitudes.Length - 1);
            }
        }

        return text.ToString();

        void Append(int index)
        {
            var lat = (long)Math.Round(latitudes[index] * 1e5);
            var lng = (long)Math.Round(longitudes[index] * 1e5);
            Write(lat - previousLat);
            Write(lng - previousLng);
            (previousLat, previousLng) = (lat, lng);
        }

        void Write(long delta)
        {
            var value = delta < 0 ? ~(delta << 1) : delta << 1;
            while (value >= 0x20)
            {
                text.Append((char)((0x20 | (value & 0x1F)) + 63));
                value >>= 5;
            }

            text.Append((char)(value + 63));
        }
    }
}
