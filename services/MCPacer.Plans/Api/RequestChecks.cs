using MCPacer.Contracts;
using MCPacer.Contracts.Plans;
using MCPacer.Plans.Store;
using MCPacer.Plans.Yaml;

namespace MCPacer.Plans.Api;

/// <summary>Checks a request's fields with the same rules as the plan file, before anything is read or written.</summary>
static class RequestChecks
{
    /// <summary>Ids that are routes of their own under /api/plans.</summary>
    static readonly HashSet<string> ReservedIds = ["active", "context", "calendar", "status"];

    public static Dictionary<string, string[]> Run(RunFields run, bool adding)
    {
        var errors = new Dictionary<string, string[]>();
        if (adding)
        {
            if (run.Type is null)
            {
                errors["type"] = ["type is required"];
            }

            if (run.Date is null && (run.WeekNumber is null || run.DayOfWeek is null))
            {
                errors["date"] = ["give the run's date, or week_number and day_of_week"];
            }
        }
        else if (run.Date is not null || run.WeekNumber is not null)
        {
            errors["date"] = ["a run moves to another week by removing it and adding it there; day_of_week moves it within its week"];
        }
        else if (run == new RunFields())
        {
            errors[""] = ["nothing to change: give at least one field of the run"];
        }

        Check(errors, "type", run.Type, PlanRules.RunTypeError);
        Check(errors, "target_pace_min_per_km", run.TargetPaceMinPerKm, PlanRules.PaceLimitError);
        Check(errors, "day_of_week", run.DayOfWeek, PlanRules.DayError);
        Check(errors, "structure", run.Structure, TextError);
        Check(errors, "description", run.Description, TextError);
        Check(errors, "distance_km", run.DistanceKm, PlanRules.RunDistanceError);
        Check(errors, "duration_minutes", run.DurationMinutes, PlanRules.DurationError);
        return errors;
    }

    public static Dictionary<string, string[]> Week(WeekUpdate week)
    {
        var errors = new Dictionary<string, string[]>();
        if (week.WeeklyFocus is null && week.TotalPlannedDistanceKm is null)
        {
            errors[""] = ["nothing to change: give weekly_focus and/or total_planned_distance_km"];
        }

        Check(errors, "weekly_focus", week.WeeklyFocus, TextError);
        Check(errors, "total_planned_distance_km", week.TotalPlannedDistanceKm, PlanRules.WeekDistanceError);
        return errors;
    }

    public static Dictionary<string, string[]> Comment(PlanComment comment)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(comment.Text))
        {
            errors["text"] = ["the comment is empty"];
        }

        Check(errors, "text", comment.Text, TextError);
        return errors;
    }

    public static Dictionary<string, string[]> Create(CreatePlanRequest request, out Slug id)
    {
        var errors = new Dictionary<string, string[]>();
        id = default;
        if (string.IsNullOrWhiteSpace(request.PlanName))
        {
            errors["plan_name"] = ["plan_name is required"];
        }
        else if (request.PlanId is null)
        {
            id = Slug.FromTitle(request.PlanName);
        }

        if (request.PlanId is not null && !Slug.TryParse(request.PlanId, out id))
        {
            errors["plan_id"] = [$"'{request.PlanId}' is not a plan id: use {Slug.Rule}"];
        }
        else if (id.Value is { } value && ReservedIds.Contains(value))
        {
            errors["plan_id"] = [$"'{value}' is a reserved name; choose another plan_id"];
        }

        if (request.Weeks is < 1 or > PlanRules.MaxWeeks)
        {
            errors["weeks"] = [$"a plan has 1 to {PlanRules.MaxWeeks} weeks"];
        }

        Check(errors, "race_date", request.RaceDate, PlanRules.DateRangeError);
        Check(errors, "start_date", request.StartDate, PlanRules.DateRangeError);
        // Weeks are counted only from dates and a number of weeks in range: from the year 9999 they would leave the calendar.
        if (request.StartDate is { } start && !errors.ContainsKey("race_date") && !errors.ContainsKey("start_date") && !errors.ContainsKey("weeks"))
        {
            if (start.DayOfWeek != DayOfWeek.Monday)
            {
                errors["start_date"] = [$"{start:yyyy-MM-dd} is a {start.DayOfWeek}; plans start on a Monday"];
            }
            else if (request.RaceDate < start || request.RaceDate > start.AddDays(7 * request.Weeks - 1))
            {
                errors["race_date"] = [$"the race on {request.RaceDate:yyyy-MM-dd} is not within the {request.Weeks} weeks from {start:yyyy-MM-dd}"];
            }
        }

        Check(errors, "goal_time", request.GoalTime, PlanRules.GoalTimeError);
        if (!errors.ContainsKey("goal_time") && request.GoalTime is { } goal && PlanSkeleton.RaceDistanceKm(request) is double km and > 0
            && PlanRules.GoalPaceError(goal, km) is { } pace)
        {
            errors["goal_time"] = [pace];
        }

        Check(errors, "plan_name", request.PlanName, TextError);
        Check(errors, "race_name", request.RaceName, TextError);
        Check(errors, "race_type", request.RaceType, TextError);
        Check(errors, "notes", request.Notes, TextError);
        Check(errors, "distance_km", request.DistanceKm, PlanRules.RunDistanceError);

        return errors;
    }

    static string? TextError(string text) =>
        text.Length > PlanLimits.MaxTextLength ? $"longer than {PlanLimits.MaxTextLength} characters" : null;

    static void Check(Dictionary<string, string[]> errors, string field, string? value, Func<string, string?> rule)
    {
        if (value is not null && rule(value) is { } error)
        {
            errors[field] = [error];
        }
    }

    static void Check(Dictionary<string, string[]> errors, string field, DateOnly? value, Func<DateOnly, string?> rule)
    {
        if (value is { } date && rule(date) is { } error)
        {
            errors[field] = [error];
        }
    }

    static void Check(Dictionary<string, string[]> errors, string field, double? value, Func<double, string?> rule)
    {
        if (value is { } number && rule(number) is { } error)
        {
            errors[field] = [error];
        }
    }
}
