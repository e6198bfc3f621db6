namespace MCPacer.StravaStandIn.Athlete;

/// <summary>
/// Random sources that depend only on the seed and a key (a day, an activity id), never on the order in
/// which things are generated: a day's runs are the same whatever the history length or request order.
/// </summary>
internal static class StableRandom
{
    public static Random For(int seed, long key, int salt = 0)
    {
        var x = (ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ (ulong)key * 0xC2B2AE3D27D4EB4FUL ^ (ulong)(uint)salt * 0x165667B19E3779F9UL;
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53UL;
        x ^= x >> 33;
        return new Random((int)(x & 0x7FFFFFFF));
    }

    public static double Between(this Random random, double min, double max) => min + random.NextDouble() * (max - min);

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>A standard normal sample (Box-Muller).</summary>
    public static double Gaussian(this Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>Cheap zero-centred noise with a standard deviation of about one (triangular), for sensor jitter.</summary>
    public static double Noise(this Random random) => (random.NextDouble() + random.NextDouble() - 1) * 2.45;

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
