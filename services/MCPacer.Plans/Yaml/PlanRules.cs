using System.Globalization;
using System.Text.RegularExpressions;
using MCPacer.Contracts.Plans;

namespace MCPacer.Plans.Yaml;

/// <summary>The value rules of the plan schema, shared by the file reader and the API's request checks.</summary>
static partial class PlanRules
{
    /// <summary>created_date and plan_end_date are the original MCPacer's legacy fields: kept in the file, not read.</summary>
    public static readonly string[] RootKeys = ["plan_name", "goal_race", "plan_start_date", "notes", "weeks", "created_date", "plan_end_date"];
    public static readonly string[] GoalRaceKeys = ["date", "race_type", "distance_km", "goal_time", "goal_pace_min_per_km", "race_name"];
    public static readonly string[] WeekKeys = ["week_number", "week_start_date", "total_planned_distance_km", "weekly_focus", "runs"];
    public static readonly string[] RunKeys =
        ["day_of_week", "type", "distance_km", "target_pace_min_per_km", "structure", "description", "duration_minutes"];

    public const int MaxWeeks = 52;

    /// <summary>A race or a plan's start lies in these years: a typo in the year is refused, and every week of a plan is a real date.</summary>
    public static readonly DateOnly FirstDate = new(2000, 1, 1);
    public static readonly DateOnly LastDate = new(2100, 12, 31);

    /// <summary>"4:15" or a range "3:50-3:55", minutes and seconds per km.</summary>
    public static string? PaceError(string pace) =>
        PacePattern().IsMatch(pace) ? null : $"'{pace}' is not a pace: write minutes:seconds per km, like \"4:15\" or \"3:50-3:55\"";

    /// <summary>A pace written as <see cref="PaceError"/> wants it and between 2:00 and 15:00 per km (each end of a range).</summary>
    public static string? PaceLimitError(string pace) =>
        PaceError(pace) ?? (pace.Split('-').Select(PaceSeconds).All(s => s is >= PlanLimits.FastestPaceSeconds and <= PlanLimits.SlowestPaceSeconds)
            ? null
            : $"'{pace}' is outside {FormatPace(PlanLimits.FastestPaceSeconds)} to {FormatPace(PlanLimits.SlowestPaceSeconds)} per km");

    public static string? RunDistanceError(double km) =>
        km is > 0 and <= PlanLimits.MaxRunDistanceKm ? null : string.Create(CultureInfo.InvariantCulture, $"a run is more than 0 and at most {PlanLimits.MaxRunDistanceKm} km; it was {km}");

    public static string? WeekDistanceError(double km) =>
        km is >= 0 and <= PlanLimits.MaxWeekDistanceKm ? null : string.Create(CultureInfo.InvariantCulture, $"a week's total is 0 to {PlanLimits.MaxWeekDistanceKm} km; it was {km}");

    public static string? DurationError(double minutes) =>
        minutes is > 0 and <= PlanLimits.MaxDurationMinutes ? null : string.Create(CultureInfo.InvariantCulture, $"a run lasts more than 0 and at most {PlanLimits.MaxDurationMinutes} minutes (24 h); it was {minutes}");

    public static string? DateRangeError(DateOnly date) =>
        date >= FirstDate && date <= LastDate ? null : $"{date:yyyy-MM-dd} is outside {FirstDate:yyyy-MM-dd} to {LastDate:yyyy-MM-dd}";

    /// <summary>The goal time over the race distance is held to a run's pace limits: no marathon in 30 seconds.</summary>
    public static string? GoalPaceError(string goalTime, double km) =>
        GoalTimeSeconds(goalTime) is { } seconds && seconds / km is < PlanLimits.FastestPaceSeconds or > PlanLimits.SlowestPaceSeconds
            ? string.Create(CultureInfo.InvariantCulture,
                $"{goalTime} for {km} km is {FormatPace(seconds / km)} per km, outside {FormatPace(PlanLimits.FastestPaceSeconds)} to {FormatPace(PlanLimits.SlowestPaceSeconds)} per km")
            : null;

    public static string? RunTypeError(string type) =>
        RunTypes.All.Contains(type) ? null : $"unknown run type '{type}'; use one of {string.Join(", ", RunTypes.Ordered)}";

    public static string? DayError(string day) =>
        TryParseDay(day, out _) ? null : $"'{day}' is not a day of the week; use Monday..Sunday";

    public static string? GoalTimeError(string time) =>
        GoalTimePattern().IsMatch(time) ? null : $"'{time}' is not a finish time: write h:mm:ss or mm:ss, like \"2:59:59\"";

    public static bool TryParseDay(string day, out DayOfWeek result) =>
        Enum.TryParse(day.Trim(), ignoreCase: true, out result) && !int.TryParse(day, out _);

    public static string DayName(DayOfWeek day) => day.ToString();

    /// <summary>Days from Monday: Monday 0 .. Sunday 6.</summary>
    public static int MondayOffset(DayOfWeek day) => ((int)day + 6) % 7;

    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-MondayOffset(date.DayOfWeek));

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryParseNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    /// <summary>Seconds per km of a pace ("4:15" → 255); for a range, its middle.</summary>
    public static double? PaceSeconds(string? pace)
    {
        if (pace is null || PaceError(pace) is not null)
        {
            return null;
        }

        var parts = pace.Split('-');
        return parts.Select(p => p.Split(':')).Average(ms => int.Parse(ms[0], CultureInfo.InvariantCulture) * 60.0
            + int.Parse(ms[1], CultureInfo.InvariantCulture));
    }

    public static string FormatPace(double secondsPerKm)
    {
        var rounded = (int)Math.Round(secondsPerKm);
        return $"{rounded / 60}:{rounded % 60:00}";
    }

    /// <summary>"2:59:59" or "59:59" in seconds.</summary>
    public static int? GoalTimeSeconds(string? time)
    {
        if (time is null || GoalTimeError(time) is not null)
        {
            return null;
        }

        return time.Split(':').Aggregate(0, (total, part) => total * 60 + int.Parse(part, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(PlanLimits.PacePattern)]
    private static partial Regex PacePattern();

    [GeneratedRegex(@"^(\d{1,2}:)?[0-5]?\d:[0-5]\d$")]
    private static partial Regex GoalTimePattern();
}
