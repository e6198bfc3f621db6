using System.Globalization;
using MCPacer.Science.Fitness;

namespace MCPacer.Science.Predictions;

/// <summary>
/// How much slower than the VDOT prediction a marathon is likely to be, and why. VDOT and Riegel carry a shorter
/// race's fitness to the marathon as if the runner had trained for the distance; Vickers and Vertosick (2016, BMC
/// Sports Sci Med Rehabil 8:39) found recreational runners' marathons slower than those predictions, the more so
/// the lower their weekly mileage. The thresholds and percentages below are MCPacer's heuristic, after the long
/// runs (29–32 km) and volumes of Daniels' and Pfitzinger's marathon plans, not a published formula.
/// </summary>
/// <param name="Percent">Added to the predicted time, 0 to <see cref="MaxPercent"/>.</param>
/// <param name="Reasons">One sentence per shortfall, with its share of the discount.</param>
public sealed record MarathonReadiness(double Percent, IReadOnlyList<string> Reasons)
{
    /// <summary>Weeks looked back for long runs.</summary>
    public const int LongRunWeeks = 12;

    /// <summary>Weeks looked back for volume.</summary>
    public const int VolumeWeeks = 8;

    /// <summary>The longest run of the last 12 weeks should reach this.</summary>
    public const double LongestRunKm = 30;

    /// <summary>Runs from this distance count as marathon long runs.</summary>
    public const double LongRunKm = 26;

    /// <summary>How many marathon long runs the last 12 weeks should hold.</summary>
    public const int LongRunsWanted = 3;

    /// <summary>Average weekly distance over the last 8 weeks a marathon wants.</summary>
    public const double WeeklyKm = 50;

    /// <summary>Most a single shortfall adds, percent.</summary>
    public const double MaxShortfallPercent = 6;

    /// <summary>Most the discount adds in all, percent.</summary>
    public const double MaxPercent = 12;

    /// <summary>
    /// Assesses the runs up to <paramref name="today"/>: longest run short of 30 km adds 10 % × the missing fraction
    /// (at most 6 %); each missing run of 26 km or more (of 3) adds 1 %; average weekly distance short of 50 km adds
    /// 10 % × the missing fraction (at most 6 %); 12 % in all at most.
    /// </summary>
    public static MarathonReadiness Assess(IEnumerable<RunDistance> runs, DateOnly today)
    {
        var longRunFrom = today.AddDays(-7 * LongRunWeeks + 1);
        var volumeFrom = today.AddDays(-7 * VolumeWeeks + 1);
        var recent = runs.Where(r => r.Date >= longRunFrom && r.Date <= today).ToList();
        var longest = recent.Count == 0 ? 0 : recent.Max(r => r.Kilometers);
        var longRuns = recent.Count(r => r.Kilometers >= LongRunKm);
        var weekly = recent.Where(r => r.Date >= volumeFrom).Sum(r => r.Kilometers) / VolumeWeeks;

        var reasons = new List<string>();
        var percent = 0.0;
        void Add(double share, string reason)
        {
            percent += share;
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{reason}: +{share:0.0} %"));
        }

        if (longest < LongestRunKm)
        {
            Add(Shortfall(longest, LongestRunKm), string.Create(CultureInfo.InvariantCulture,
                $"Longest run in the last {LongRunWeeks} weeks is {longest:0.0} km; a marathon wants one of {LongestRunKm:0} km"));
        }

        if (longRuns < LongRunsWanted)
        {
            Add(LongRunsWanted - longRuns, string.Create(CultureInfo.InvariantCulture,
                $"{longRuns} runs of {LongRunKm:0} km or more in the last {LongRunWeeks} weeks; a marathon wants {LongRunsWanted}"));
        }

        if (weekly < WeeklyKm)
        {
            Add(Shortfall(weekly, WeeklyKm), string.Create(CultureInfo.InvariantCulture,
                $"Average week over the last {VolumeWeeks} weeks is {weekly:0} km; a marathon wants {WeeklyKm:0} km"));
        }

        return new MarathonReadiness(Math.Min(percent, MaxPercent), reasons);
    }

    /// <summary>A predicted marathon time with the discount applied.</summary>
    public double Apply(double predictedSeconds) => predictedSeconds * (1 + Percent / 100);

    static double Shortfall(double actual, double wanted) => Math.Min(MaxShortfallPercent, 10 * (wanted - actual) / wanted);
}
