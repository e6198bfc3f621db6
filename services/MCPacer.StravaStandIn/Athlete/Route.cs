namespace MCPacer.StravaStandIn.Athlete;

/// <summary>
/// A closed loop from the athlete's home with a given length: a wobbly circle in a random direction, so
/// each run draws a different, plausible shape on the map. Positions and altitude by distance run.
/// </summary>
internal sealed class Route
{
    const int Points = 720;
    const double MetersPerDegreeLatitude = 111_320;

    readonly double _homeLat;
    readonly double _homeLng;
    readonly double[] _x = new double[Points + 1];
    readonly double[] _y = new double[Points + 1];
    readonly double[] _cumulative = new double[Points + 1];

    public Route(double homeLat, double homeLng, double lengthMeters, Random random)
    {
        _homeLat = homeLat;
        _homeLng = homeLng;
        var heading = random.Between(0, 2 * Math.PI);
        var direction = random.Chance(0.5) ? 1 : -1;
        var (a2, a3) = (random.Between(0.05, 0.25), random.Between(0.0, 0.15));
        var (p2, p3) = (random.Between(0, 2 * Math.PI), random.Between(0, 2 * Math.PI));

        // Unit-radius shape first, starting at home; then scaled so the loop has the wanted length.
        double Radius(double theta) => 1 + a2 * Math.Sin(2 * theta + p2) + a3 * Math.Sin(3 * theta + p3);
        var start = heading + Math.PI;
        var (cx, cy) = (-Radius(start) * Math.Cos(start), -Radius(start) * Math.Sin(start));
        for (var i = 0; i <= Points; i++)
        {
            var theta = start + direction * 2 * Math.PI * i / Points;
            _x[i] = cx + Radius(theta) * Math.Cos(theta);
            _y[i] = cy + Radius(theta) * Math.Sin(theta);
            _cumulative[i] = i == 0 ? 0 : _cumulative[i - 1] + Math.Sqrt(Math.Pow(_x[i] - _x[i - 1], 2) + Math.Pow(_y[i] - _y[i - 1], 2));
        }

        var scale = Math.Max(lengthMeters, 400) / _cumulative[Points];
        for (var i = 0; i <= Points; i++)
        {
            _x[i] *= scale;
            _y[i] *= scale;
            _cumulative[i] *= scale;
        }
    }

    public double Length => _cumulative[Points];

    /// <summary>East and north of home, in meters, after running <paramref name="meters"/> (laps repeat the loop).</summary>
    public (double X, double Y) OffsetAt(double meters)
    {
        var along = meters % Length;
        var index = Array.BinarySearch(_cumulative, along);
        if (index >= 0)
        {
            return (_x[index], _y[index]);
        }

        var next = Math.Min(~index, Points);
        var previous = next - 1;
        var span = _cumulative[next] - _cumulative[previous];
        var t = span <= 0 ? 0 : (along - _cumulative[previous]) / span;
        return (_x[previous] + t * (_x[next] - _x[previous]), _y[previous] + t * (_y[next] - _y[previous]));
    }

    public (double Lat, double Lng) ToLatLng(double x, double y) =>
        (_homeLat + y / MetersPerDegreeLatitude,
         _homeLng + x / (MetersPerDegreeLatitude * Math.Cos(_homeLat * Math.PI / 180)));

    /// <summary>Gentle hills (a few meters, as around Berlin), the same at the same place on every run.</summary>
    public static double Altitude(double x, double y) =>
        42 + 6 * Math.Sin(x / 900) + 4 * Math.Cos(y / 1300) + 2.5 * Math.Sin((x + y) / 420);
}
