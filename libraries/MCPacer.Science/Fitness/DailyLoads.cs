namespace MCPacer.Science.Fitness;

/// <summary>One activity's load on its local date.</summary>
/// <param name="Date">The athlete's local date of the activity.</param>
/// <param name="Load">Its load in TSS units.</param>
public readonly record struct DatedLoad(DateOnly Date, double Load);

/// <summary>Activities summed into one load per calendar day, the input of the fitness-fatigue model (Banister 1975).</summary>
public static class DailyLoads
{
    /// <summary>Loads summed per day from <paramref name="first"/> to <paramref name="last"/> inclusive; activities outside are ignored.</summary>
    public static double[] Sum(DateOnly first, DateOnly last, IEnumerable<DatedLoad> loads)
    {
        var days = new double[last.DayNumber - first.DayNumber + 1];
        foreach (var (date, load) in loads)
        {
            var index = date.DayNumber - first.DayNumber;
            if ((uint)index < (uint)days.Length)
            {
                days[index] += load;
            }
        }

        return days;
    }
}
