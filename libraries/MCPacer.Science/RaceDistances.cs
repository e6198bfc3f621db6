namespace MCPacer.Science;

/// <summary>A race or best-effort distance.</summary>
/// <param name="Name">Display name.</param>
/// <param name="Meters">Length in metres.</param>
public readonly record struct RaceDistance(string Name, double Meters);

/// <summary>The distances MCPacer tracks best efforts over and predicts (World Athletics track and road distances).</summary>
public static class RaceDistances
{
    /// <summary>400 m.</summary>
    public static RaceDistance FourHundred { get; } = new("400m", 400);

    /// <summary>1 km.</summary>
    public static RaceDistance OneK { get; } = new("1k", 1000);

    /// <summary>1 mile, 1609.344 m.</summary>
    public static RaceDistance Mile { get; } = new("1 mile", 1609.344);

    /// <summary>5 km.</summary>
    public static RaceDistance FiveK { get; } = new("5k", 5000);

    /// <summary>10 km.</summary>
    public static RaceDistance TenK { get; } = new("10k", 10000);

    /// <summary>Half marathon, 21.0975 km.</summary>
    public static RaceDistance Half { get; } = new("half marathon", 21097.5);

    /// <summary>Marathon, 42.195 km.</summary>
    public static RaceDistance Marathon { get; } = new("marathon", 42195);

    /// <summary>400 m, 1 km, 1 mile, 5 km, 10 km, half marathon, marathon.</summary>
    public static IReadOnlyList<RaceDistance> BestEfforts { get; } = [FourHundred, OneK, Mile, FiveK, TenK, Half, Marathon];

    /// <summary>5k, 10k, half marathon, marathon.</summary>
    public static IReadOnlyList<RaceDistance> Predicted { get; } = [FiveK, TenK, Half, Marathon];
}
