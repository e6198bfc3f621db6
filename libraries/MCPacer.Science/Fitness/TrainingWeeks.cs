namespace MCPacer.Science.Fitness;

/// <summary>One run's distance on its local date, for weekly volume and long-run checks.</summary>
/// <param name="Date">The athlete's local date.</param>
/// <param name="Kilometers">Distance run.</param>
public readonly record struct RunDistance(DateOnly Date, double Kilometers);

/// <summary>
/// One training week (Monday to Sunday, ISO 8601) with Foster's monotony and strain and MCPacer's ramp flags.
/// </summary>
/// <param name="Monday">First day of the week.</param>
/// <param name="Load">Sum of the week's daily loads (TSS units).</param>
/// <param name="Kilometers">Distance run in the week.</param>
/// <param name="LongestRunKm">The week's longest run.</param>
/// <param name="Monotony">Foster 1998: mean daily load / standard deviation (population) of the 7 daily loads; null when the
/// week has no load; capped at <see cref="TrainingWeeks.MaxMonotony"/> (reached when every day carries the same load).</param>
/// <param name="Strain">Foster 1998: weekly load × monotony; null with monotony.</param>
/// <param name="LoadJump">Load more than 10 % above the mean of the three weeks before it.</param>
/// <param name="VolumeJump">Distance more than 10 % above the mean of the three weeks before it.</param>
/// <param name="LongRunJump">Longest run more than 20 % longer than the longest of the four weeks before it.</param>
public sealed record TrainingWeek(
    DateOnly Monday, double Load, double Kilometers, double LongestRunKm, double? Monotony, double? Strain,
    bool LoadJump, bool VolumeJump, bool LongRunJump)
{
    /// <summary>Any ramp flag raised: the week builds faster than MCPacer's rules allow.</summary>
    public bool RampsTooFast => LoadJump || VolumeJump || LongRunJump;
}

/// <summary>
/// Weekly summaries of a fitness series: Foster's monotony and strain (Foster 1998, Med Sci Sports Exerc 30:1164) and
/// MCPacer's ramp flags — a week more than 10 % above the mean of the three before it (the "10 % rule", applied
/// to load and to distance), and a long run more than 20 % longer than the longest of the previous four weeks.
/// A flag needs its full look-back inside the series and a non-zero baseline.
/// </summary>
public static class TrainingWeeks
{
    /// <summary>Allowed rise of a week over the mean of the three before it.</summary>
    public const double WeeklyIncreaseLimit = 0.10;

    /// <summary>Allowed rise of the longest run over the longest of the four weeks before.</summary>
    public const double LongRunIncreaseLimit = 0.20;

    /// <summary>Highest monotony reported: the value of a week whose days all carry the same load (standard deviation 0). MCPacer's cap; Foster flags 2.0.</summary>
    public const double MaxMonotony = 10;

    /// <summary>The weeks touched by <paramref name="days"/>, with distances from <paramref name="runs"/>; days outside the series count as 0.</summary>
    public static IReadOnlyList<TrainingWeek> Summarize(ReadOnlySpan<FitnessDay> days, IEnumerable<RunDistance> runs)
    {
        if (days.IsEmpty)
        {
            return [];
        }

        var firstMonday = MondayOf(days[0].Date);
        var weekCount = (days[^1].Date.DayNumber - firstMonday.DayNumber) / 7 + 1;
        var dailyLoads = new double[weekCount * 7];
        foreach (var day in days)
        {
            dailyLoads[day.Date.DayNumber - firstMonday.DayNumber] = day.Load;
        }

        var kilometers = new double[weekCount];
        var longest = new double[weekCount];
        foreach (var run in runs)
        {
            var week = (run.Date.DayNumber - firstMonday.DayNumber) / 7;
            if (run.Date >= firstMonday && week < weekCount)
            {
                kilometers[week] += run.Kilometers;
                longest[week] = Math.Max(longest[week], run.Kilometers);
            }
        }

        var loads = new double[weekCount];
        var weeks = new TrainingWeek[weekCount];
        for (var w = 0; w < weekCount; w++)
        {
            var week = dailyLoads.AsSpan(w * 7, 7);
            loads[w] = Sum(week);
            var monotony = Monotony(week);
            weeks[w] = new TrainingWeek(
                firstMonday.AddDays(7 * w), loads[w], kilometers[w], longest[w], monotony, monotony * loads[w],
                Jumps(loads, w), Jumps(kilometers, w), LongRunJumps(longest, w));
        }

        return weeks;
    }

    /// <summary>The Monday of the ISO week holding <paramref name="date"/>.</summary>
    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    static double Sum(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum;
    }

    static double? Monotony(ReadOnlySpan<double> week)
    {
        var mean = Sum(week) / week.Length;
        if (mean <= 0)
        {
            return null;
        }

        var variance = 0.0;
        foreach (var load in week)
        {
            variance += (load - mean) * (load - mean);
        }

        var deviation = Math.Sqrt(variance / week.Length);
        return deviation > 0 ? Math.Min(mean / deviation, MaxMonotony) : MaxMonotony;
    }

    static bool Jumps(double[] totals, int week)
    {
        if (week < 3)
        {
            return false;
        }

        var baseline = (totals[week - 1] + totals[week - 2] + totals[week - 3]) / 3;
        return baseline > 0 && totals[week] > baseline * (1 + WeeklyIncreaseLimit);
    }

    static bool LongRunJumps(double[] longest, int week)
    {
        if (week < 4)
        {
            return false;
        }

        var baseline = Math.Max(Math.Max(longest[week - 1], longest[week - 2]), Math.Max(longest[week - 3], longest[week - 4]));
        return baseline > 0 && longest[week] > baseline * (1 + LongRunIncreaseLimit);
    }
}
