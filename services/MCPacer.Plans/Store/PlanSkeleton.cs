using MCPacer.Contracts.Plans;
using MCPacer.Plans.Yaml;

namespace MCPacer.Plans.Store;

/// <summary>
/// A new plan from a skeleton: the weeks dated from their Monday (the last week holds the race unless a start
/// date is given), the race distance from its type, and the goal pace from goal time and distance.
/// </summary>
static class PlanSkeleton
{
    static readonly Dictionary<string, double> Distances = new(StringComparer.OrdinalIgnoreCase)
    {
        ["marathon"] = 42.195, ["half_marathon"] = 21.0975, ["10_mile"] = 16.093, ["10k"] = 10, ["5k"] = 5,
    };

    public static string Write(CreatePlanRequest request, DateOnly today)
    {
        var start = request.StartDate ?? PlanRules.MondayOf(request.RaceDate).AddDays(-7 * (request.Weeks - 1));
        var distance = RaceDistanceKm(request);
        var race = new GoalRace(request.RaceDate, request.RaceType, distance, request.GoalTime, GoalPace(request.GoalTime, distance), request.RaceName);
        var weeks = Enumerable.Range(1, request.Weeks)
            .Select(n => new WeekDraft(n, start.AddDays(7 * (n - 1)), null, null, []))
            .ToList();
        return PlanWriter.Write($"Created by MCPacer on {today:yyyy-MM-dd}. Edit freely: comments and key order survive the coach's edits.",
            request.PlanName.Trim(), race, start, request.Notes, weeks);
    }

    /// <summary>The distance given, else the one of a known race type.</summary>
    public static double? RaceDistanceKm(CreatePlanRequest request) =>
        request.DistanceKm ?? (request.RaceType is { } type && Distances.TryGetValue(type, out var km) ? km : null);

    static string? GoalPace(string? goalTime, double? distanceKm) =>
        PlanRules.GoalTimeSeconds(goalTime) is { } seconds && distanceKm is > 0 ? PlanRules.FormatPace(seconds / distanceKm.Value) : null;
}
