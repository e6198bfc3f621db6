using System.ComponentModel;
using System.Globalization;
using System.Text;
using MCPacer.Contracts.Plans;
using MCPacer.Clients;
using ModelContextProtocol;
using ModelContextProtocol.Server;

namespace MCPacer.Mcp.Tools;

/// <summary>Training plans, owned by the plans service: each plan is a YAML file the athlete can also edit by hand.</summary>
[McpServerToolType]
internal sealed class PlanTools(PlansClient plans)
{
    const string RunFieldNames = "type, distance_km, target_pace_min_per_km (e.g. \"4:45\" or \"4:40-4:50\"), structure, description, duration_minutes, day_of_week";
    // The plans service's limits (PlanRules), stated so the model keeps to them instead of learning them from a refusal.
    const string RunLimits = "Limits: distance_km more than 0 and at most 400, duration_minutes at most 1440 (24 h), " +
                             "pace between 2:00 and 15:00 per km, structure and description at most 2,000 characters.";
    const string PlanIdDescription = "The plan's id as list_training_plans shows it, e.g. sub-3-marathon-build.";
    const string WeekDescription = "The week's number in the plan, starting at 1.";
    const string DayDescription = "The day of the run: Monday to Sunday (or Mon..Sun).";
    const string IndexDescription = "Which run of that day, 0 for the first (default), 1 for the second run of a double day.";

    [McpServerTool(Name = "get_plan_context", ReadOnly = true)]
    [Description("The active training plan as compact text: the goal race, then each week day by day with the current week " +
                 "highlighted and the plan's comments. Call it at the start of a session and before advising on training.")]
    public Task<string> GetPlanContext(
        [Description("A plan id to show instead of the active plan; leave empty for the active one.")] string? plan_id = null,
        CancellationToken ct = default) =>
        plans.GetContextAsync(string.IsNullOrWhiteSpace(plan_id) ? null : plan_id, ct);

    [McpServerTool(Name = "list_training_plans", ReadOnly = true)]
    [Description("Lists every saved plan, one per line: id, name, goal race and date, weeks, which one is active, and any " +
                 "problem that makes a plan file unreadable (with file and line).")]
    public async Task<string> ListTrainingPlans(CancellationToken ct)
    {
        var all = await plans.ListAsync(ct);
        if (all.Count == 0)
        {
            return "No training plans yet; create one with create_training_plan.";
        }

        return string.Join('\n', all.Select(p =>
            $"{p.Id}: {p.PlanName ?? "(no name)"}" +
            (p.RaceName is null && p.RaceDate is null ? "" : $", race {p.RaceName ?? "?"} on {p.RaceDate:yyyy-MM-dd}") +
            (p.GoalTime is null ? "" : $", goal {p.GoalTime}") +
            $", {p.Weeks} weeks" +
            (p.Active ? p.Pinned ? " (active, pinned)" : " (active)" : "") +
            (p.Broken ? $" BROKEN: {string.Join("; ", p.Problems)}" : "")));
    }

    [McpServerTool(Name = "get_training_plan", ReadOnly = true)]
    [Description("The full plan as its YAML file (goal race, every week and run, comments). Use get_plan_context for the " +
                 "compact view; this is for reading or reviewing the whole plan.")]
    public Task<string> GetTrainingPlan([Description(PlanIdDescription)] string plan_id, CancellationToken ct) =>
        plans.GetYamlAsync(plan_id, ct);

    [McpServerTool(Name = "update_plan_run", Destructive = true, Idempotent = true)]
    [Description("Changes fields of one planned run, addressed by week and day; fields not given stay as they are. " +
                 "Moving a run to another day of the same week is day_of_week in updates_json; to another week, remove and add it. " +
                 "Say why with add_plan_comment.")]
    public async Task<string> UpdatePlanRun(
        [Description(PlanIdDescription)] string plan_id,
        [Description(WeekDescription)] int week_number,
        [Description(DayDescription)] string day_of_week,
        [Description("A JSON object with the fields to change: " + RunFieldNames + ". E.g. {\"distance_km\": 12, \"type\": \"easy\"}. " + RunLimits)]
        string updates_json,
        [Description(IndexDescription)] int run_index = 0,
        CancellationToken ct = default)
    {
        var changes = JsonArgument.Parse<RunFields>(updates_json, "updates_json", RunFieldNames);
        var plan = await plans.UpdateRunAsync(plan_id, week_number, day_of_week, run_index, changes, ct);
        return $"Updated. {WeekText(plan, week_number)}";
    }

    [McpServerTool(Name = "update_plan_week", Destructive = true, Idempotent = true)]
    [Description("Changes a week's focus or its planned total distance (the runs change with the run tools).")]
    public async Task<string> UpdatePlanWeek(
        [Description(PlanIdDescription)] string plan_id,
        [Description(WeekDescription)] int week_number,
        [Description("A JSON object with weekly_focus (text, at most 2,000 characters) and/or total_planned_distance_km (0 to 2800), e.g. {\"weekly_focus\": \"recovery\"}.")]
        string updates_json,
        CancellationToken ct = default)
    {
        var changes = JsonArgument.Parse<WeekUpdate>(updates_json, "updates_json", "weekly_focus, total_planned_distance_km");
        var plan = await plans.UpdateWeekAsync(plan_id, week_number, changes, ct);
        return $"Updated. {WeekText(plan, week_number)}";
    }

    [McpServerTool(Name = "add_plan_run", Destructive = false)]
    [Description("Adds a run to a week of the plan; a second run on a day that has one makes a double day. " +
                 "type and day_of_week are required in run_json.")]
    public async Task<string> AddPlanRun(
        [Description(PlanIdDescription)] string plan_id,
        [Description(WeekDescription)] int week_number,
        [Description("A JSON object for the run: " + RunFieldNames + ". type is one of the plan's run types (easy, long, " +
                     "workout, tempo, intervals, recovery, race, ...). E.g. {\"day_of_week\": \"Friday\", \"type\": \"easy\", \"distance_km\": 8}. " + RunLimits)]
        string run_json,
        CancellationToken ct = default)
    {
        var run = JsonArgument.Parse<RunFields>(run_json, "run_json", RunFieldNames);
        var plan = await plans.AddRunAsync(plan_id, run with { WeekNumber = week_number }, ct);
        return $"Added. {WeekText(plan, week_number)}";
    }

    [McpServerTool(Name = "remove_plan_run", Destructive = true)]
    [Description("Removes one planned run, addressed by week and day. Say why with add_plan_comment.")]
    public async Task<string> RemovePlanRun(
        [Description(PlanIdDescription)] string plan_id,
        [Description(WeekDescription)] int week_number,
        [Description(DayDescription)] string day_of_week,
        [Description(IndexDescription)] int run_index = 0,
        CancellationToken ct = default)
    {
        var plan = await plans.RemoveRunAsync(plan_id, week_number, day_of_week, run_index, ct);
        return $"Removed. {WeekText(plan, week_number)}";
    }

    [McpServerTool(Name = "add_plan_comment", Destructive = false)]
    [Description("Writes a comment above a week of the plan (kept in the YAML file and shown in get_plan_context), to " +
                 "document why the plan changed, e.g. 'Cut intervals: calf niggle, 2026-11-20'.")]
    public async Task<string> AddPlanComment(
        [Description(PlanIdDescription)] string plan_id,
        [Description(WeekDescription)] int week_number,
        [Description("The comment, one or two sentences (at most 2,000 characters).")] string comment,
        CancellationToken ct = default)
    {
        var plan = await plans.AddCommentAsync(plan_id, week_number, comment, ct);
        return $"Comment added to week {week_number} of {plan.Id}.";
    }

    [McpServerTool(Name = "create_training_plan", Destructive = false)]
    [Description("Creates a new plan skeleton for a goal race: the weeks with their start dates, counted back from the race " +
                 "(or from start_date), and the goal pace. Then fill the weeks with add_plan_run and update_plan_week. " +
                 "Agree the plan with the athlete first.")]
    public async Task<string> CreateTrainingPlan(
        [Description("The plan's name, e.g. 'Sub-3 Marathon Build'; its id is made from it unless plan_id is given.")] string plan_name,
        [Description("The race day, yyyy-MM-dd, from 2000-01-01 to 2100-12-31.")] DateOnly race_date,
        [Description("How many weeks the plan has, 1 to 52, the race week included.")] int weeks,
        [Description("The race's name, e.g. 'Valencia Marathon'.")] string? race_name = null,
        [Description("The race type, e.g. marathon, half_marathon, 10k, 5k.")] string? race_type = null,
        [Description("The race distance in km, more than 0 and at most 400, e.g. 42.195.")] double? distance_km = null,
        [Description("The goal time, h:mm:ss, e.g. 2:59:59; over the race distance a pace between 2:00 and 15:00 per km.")] string? goal_time = null,
        [Description("The Monday week 1 starts on, yyyy-MM-dd; by default the plan ends with the race week.")] DateOnly? start_date = null,
        [Description("An id of your choice (lowercase letters, digits, '-').")] string? plan_id = null,
        [Description("Notes for the whole plan (at most 2,000 characters).")] string? notes = null,
        CancellationToken ct = default)
    {
        var plan = await plans.CreateAsync(new CreatePlanRequest(plan_name, race_date, weeks, plan_id, race_name, race_type,
            distance_km, goal_time, start_date, notes), ct);
        var first = plan.Weeks.FirstOrDefault()?.WeekStartDate;
        return $"Created plan '{plan.Id}' ({plan.Weeks.Count} weeks{(first is null ? "" : $" from {first:yyyy-MM-dd}")}, race {race_date:yyyy-MM-dd}). " +
               "Add its runs with add_plan_run.";
    }

    [McpServerTool(Name = "delete_training_plan", Destructive = true)]
    [Description("Deletes a plan file for good. Only when the athlete asked for it.")]
    public async Task<string> DeleteTrainingPlan([Description(PlanIdDescription)] string plan_id, CancellationToken ct)
    {
        await plans.DeleteAsync(plan_id, ct);
        return $"Deleted plan '{plan_id.Trim()}'.";
    }

    [McpServerTool(Name = "get_plan_adherence", ReadOnly = true)]
    [Description("Planned vs done, week by week up to the current week: km and runs, a compliance score (completion, " +
                 "distance, intensity), and each run that was missed, moved or unplanned. Use it to judge how training is going.")]
    public async Task<string> GetPlanAdherence(
        [Description("A plan id; leave empty for the active plan.")] string? plan_id = null,
        CancellationToken ct = default)
    {
        var adherence = await plans.GetAdherenceAsync(await PlanIdOrActiveAsync(plan_id, ct), ct);
        var text = new StringBuilder($"Adherence of {adherence.PlanId} as of {adherence.AsOf:yyyy-MM-dd}:\n");
        foreach (var week in adherence.Weeks.Where(w => w.Status != AdherenceStatus.WeekUpcoming))
        {
            text.Append(CultureInfo.InvariantCulture, $"W{week.WeekNumber} ({week.WeekStartDate:yyyy-MM-dd}, {week.Status}): ")
                .Append(CultureInfo.InvariantCulture, $"{week.ActualKm:0.#}/{week.PlannedKm:0.#} km, {week.ActualRuns}/{week.PlannedRuns} runs");
            if (week.Compliance is { } c)
            {
                text.Append(CultureInfo.InvariantCulture, $", score {c.Score:0.00} (completion {c.Completion:0.00}, distance {c.Duration:0.00}")
                    .Append(c.Intensity is { } intensity ? string.Create(CultureInfo.InvariantCulture, $", intensity {intensity:0.00})") : ")");
            }

            var notable = week.Runs.Where(r => r.Status is AdherenceStatus.Missed or AdherenceStatus.Moved or AdherenceStatus.Extra).ToList();
            if (notable.Count > 0)
            {
                text.Append("; ").AppendJoin(", ", notable.Select(r =>
                    $"{r.Status} {r.Date:ddd MM-dd} {r.Planned?.Type ?? r.Actual?.Name}"));
            }

            text.Append('\n');
        }

        var upcoming = adherence.Weeks.Count(w => w.Status == AdherenceStatus.WeekUpcoming);
        if (upcoming > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{upcoming} week(s) still to come.");
        }

        return text.ToString().TrimEnd();
    }

    [McpServerTool(Name = "get_fitness_projection", ReadOnly = true)]
    [Description("The plan's fitness projection to race day, computed by the strava service from the last 6 weeks of measured " +
                 "load and the plan's runs as estimated load: race-day form (TSB) and fitness (CTL), peak fitness and its day, and " +
                 "each week from this one on with planned load, km, longest run, the curves on its Sunday and the ramp flags (a week " +
                 "over 10 % above the mean of the 3 before in load or km, a long run over 20 % above the longest of the 4 before). " +
                 "Planned runs become rTSS from distance and target pace against the athlete's threshold pace; CTL/ATL decay " +
                 "1-e^(-1/tau), tau 42/7 days; TSB is the day before's CTL - ATL (TrainingPeaks). Quote figures with this method.")]
    public async Task<string> GetFitnessProjection(
        [Description("A plan id; leave empty for the active plan.")] string? plan_id = null,
        CancellationToken ct = default)
    {
        var projection = await plans.GetProjectionAsync(await PlanIdOrActiveAsync(plan_id, ct), ct);
        var today = projection.Days.LastOrDefault(d => !d.Projected);
        var first = projection.Days.FirstOrDefault();
        var text = new StringBuilder($"Projection of {projection.PlanId} to race day {projection.RaceDay:yyyy-MM-dd}: {projection.Summary}\n");
        if (first is not null && today is not null)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"Measured: CTL {first.Ctl:0} on {first.Date:yyyy-MM-dd} → {today.Ctl:0} today (ATL {today.Atl:0}, TSB {today.Tsb:+0;-0;0}).\n");
        }

        text.Append("WEEKS (Monday plan-week: planned load · km · longest · Sunday CTL/ATL/TSB · flags)\n");
        foreach (var week in projection.Weeks)
        {
            var sunday = projection.Days.LastOrDefault(d => d.Date <= week.Monday.AddDays(6));
            text.Append(CultureInfo.InvariantCulture, $"{week.Monday:yyyy-MM-dd} {(week.Week is { } n ? $"W{n}" : "-")}: {week.Load:0} · {week.Km:0.#} km · long {week.LongestRunKm:0.#}")
                .Append(sunday is null ? "" : string.Create(CultureInfo.InvariantCulture, $" · {sunday.Ctl:0}/{sunday.Atl:0}/{sunday.Tsb:+0;-0;0}"))
                .Append(week.Flags.Count > 0 ? " · ⚠ " + string.Join("; ", week.Flags) : "").Append('\n');
        }

        return text.Append("How: ").Append(projection.Basis).ToString();
    }

    [McpServerTool(Name = "preview_plan_change", ReadOnly = true)]
    [Description("What a plan edit would do to the fitness projection, before it is made: applies one change in memory " +
                 "(nothing is saved) and answers race-day form (TSB) and fitness (CTL), peak CTL before → after, and the weeks " +
                 "that would start or stop ramping too fast, with both projections' summaries. Same method as " +
                 "get_fitness_projection. Show the athlete the difference, then make the change with update_plan_run, " +
                 "add_plan_run, remove_plan_run or update_plan_week if they agree.")]
    public async Task<string> PreviewPlanChange(
        [Description("update_run, add_run, remove_run or update_week.")] string change,
        [Description(WeekDescription)] int week_number,
        [Description(DayDescription + " Needed for update_run and remove_run; for add_run give day_of_week in fields_json.")] string? day_of_week = null,
        [Description("For update_run and add_run the run's fields (" + RunFieldNames + "), e.g. {\"distance_km\": 30}; for update_week " +
                     "weekly_focus and/or total_planned_distance_km. Not used by remove_run.")] string? fields_json = null,
        [Description(IndexDescription)] int run_index = 0,
        [Description("A plan id; leave empty for the active plan.")] string? plan_id = null,
        CancellationToken ct = default)
    {
        var preview = change.Trim() switch
        {
            PlanChanges.UpdateRun or PlanChanges.RemoveRun when string.IsNullOrWhiteSpace(day_of_week) =>
                throw new McpException($"'{change}' needs day_of_week (Monday..Sunday) to find the run."),
            PlanChanges.UpdateRun => new PlanChangePreview(PlanChanges.UpdateRun, WeekNumber: week_number, DayOfWeek: day_of_week, Index: run_index,
                Run: JsonArgument.Parse<RunFields>(Required(fields_json, change), "fields_json", RunFieldNames)),
            PlanChanges.AddRun => new PlanChangePreview(PlanChanges.AddRun,
                Run: JsonArgument.Parse<RunFields>(Required(fields_json, change), "fields_json", RunFieldNames) with { WeekNumber = week_number }),
            PlanChanges.RemoveRun => new PlanChangePreview(PlanChanges.RemoveRun, WeekNumber: week_number, DayOfWeek: day_of_week, Index: run_index),
            PlanChanges.UpdateWeek => new PlanChangePreview(PlanChanges.UpdateWeek, WeekNumber: week_number,
                Week: JsonArgument.Parse<WeekUpdate>(Required(fields_json, change), "fields_json", "weekly_focus, total_planned_distance_km")),
            _ => throw new McpException($"'change' is one of {string.Join(", ", PlanChanges.All)}."),
        };
        var result = await plans.PreviewProjectionAsync(await PlanIdOrActiveAsync(plan_id, ct), preview, ct);
        return $"Preview of {change.Trim()} in week {week_number} (nothing saved): {result.Difference}.\n" +
               $"Now: {result.Current.Summary}\nAfter the change: {result.Edited.Summary}";
    }

    static string Required(string? json, string change) =>
        string.IsNullOrWhiteSpace(json) ? throw new McpException($"'{change}' needs fields_json with the fields to set.") : json;

    async Task<string> PlanIdOrActiveAsync(string? planId, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(planId)
            ? (await plans.GetActiveAsync(ct)).PlanId ?? throw new McpException("there is no active plan; list_training_plans shows the plans")
            : planId;

    /// <summary>The week as it is after an edit, so the model sees the result without another call.</summary>
    static string WeekText(TrainingPlan plan, int weekNumber)
    {
        if (plan.Weeks.FirstOrDefault(w => w.WeekNumber == weekNumber) is not { } week)
        {
            return $"Plan {plan.Id}.";
        }

        var text = new StringBuilder($"{plan.Id} week {week.WeekNumber}");
        text.Append(week.WeekStartDate is { } start ? $" ({start:yyyy-MM-dd})" : "")
            .Append(week.WeeklyFocus is { } focus ? $", focus: {focus}" : "")
            .Append(week.TotalPlannedDistanceKm is { } km ? string.Create(CultureInfo.InvariantCulture, $", {km:0.#} km planned") : "")
            .Append(':');
        foreach (var run in week.Runs)
        {
            text.Append("\n- ").Append(RunText(run));
        }

        return text.ToString();
    }

    static string RunText(PlannedRun run) =>
        string.Join(" ", new[]
        {
            run.DayOfWeek ?? run.Date?.ToString("ddd", CultureInfo.InvariantCulture),
            run.Index > 0 ? $"(run {run.Index + 1})" : null,
            run.Type,
            run.DistanceKm is { } km ? string.Create(CultureInfo.InvariantCulture, $"{km:0.#} km") : null,
            run.DurationMinutes is { } minutes ? string.Create(CultureInfo.InvariantCulture, $"{minutes:0} min") : null,
            run.TargetPaceMinPerKm is { } pace ? $"@ {pace}/km" : null,
            run.Structure is { } structure ? $"- {structure}" : null,
        }.Where(part => !string.IsNullOrEmpty(part)));
}
