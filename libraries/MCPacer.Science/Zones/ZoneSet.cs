namespace MCPacer.Science.Zones;

/// <summary>What a zone set measures.</summary>
public enum ZoneMeasure
{
    /// <summary>Beats per minute.</summary>
    HeartRate,

    /// <summary>Metres per second (pace zones are kept as speed so that higher is harder, like heart rate).</summary>
    Speed,
}

/// <summary>One training zone: from <paramref name="Lower"/> (inclusive) to <paramref name="Upper"/> (exclusive; null = open).</summary>
/// <param name="Number">1 (easiest) to 5.</param>
/// <param name="Lower">Lowest value in the zone (0 for zone 1, which holds everything below zone 2).</param>
/// <param name="Upper">First value of the next zone; null for the top zone.</param>
public readonly record struct Zone(int Number, double Lower, double? Upper);

/// <summary>Five zones of one measure, with the rule they were built from.</summary>
/// <param name="Measure">Heart rate or speed.</param>
/// <param name="Basis">The rule and anchor, e.g. "Friel run zones from LTHR 170".</param>
/// <param name="Zones">Zones 1 to 5, ascending.</param>
public sealed record ZoneSet(ZoneMeasure Measure, string Basis, IReadOnlyList<Zone> Zones)
{
    /// <summary>Builds zones 1..n from the lower bounds of zones 2..n.</summary>
    public static ZoneSet FromLowerBounds(ZoneMeasure measure, string basis, params ReadOnlySpan<double> lowerBoundsFromZone2)
    {
        var zones = new Zone[lowerBoundsFromZone2.Length + 1];
        for (var z = 0; z < zones.Length; z++)
        {
            zones[z] = new Zone(z + 1, z == 0 ? 0 : lowerBoundsFromZone2[z - 1], z < lowerBoundsFromZone2.Length ? lowerBoundsFromZone2[z] : null);
        }

        return new ZoneSet(measure, basis, zones);
    }

    /// <summary>The zone number (1 to 5) a value falls in.</summary>
    public int NumberOf(double value)
    {
        var number = 1;
        foreach (var zone in Zones)
        {
            number = value >= zone.Lower ? zone.Number : number;
        }

        return number;
    }
}
