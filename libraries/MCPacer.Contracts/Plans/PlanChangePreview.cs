using System.Text.Json.Serialization;

namespace MCPacer.Contracts.Plans;

/// <summary>The edits a preview can apply, as the plan write endpoints name them.</summary>
public static class PlanChanges
{
    /// <summary>Change fields of a run (PUT /runs/{date} or /weeks/{n}/runs/{day}): address + <c>run</c>.</summary>
    public const string UpdateRun = "update_run";

    /// <summary>Add a run (POST /runs): <c>run</c>, placed by its date or week_number + day_of_week.</summary>
    public const string AddRun = "add_run";

    /// <summary>Remove a run (DELETE /runs/{date} or /weeks/{n}/runs/{day}): the address.</summary>
    public const string RemoveRun = "remove_run";

    /// <summary>Change week fields (PUT /weeks/{n}): <c>week_number</c> + <c>week</c>.</summary>
    public const string UpdateWeek = "update_week";

    public static IReadOnlyList<string> All { get; } = [UpdateRun, AddRun, RemoveRun, UpdateWeek];
}

/// <summary>
/// POST /api/plans/{id}/projection/preview: one edit, applied in memory only (the file is not written). A run is
/// addressed by <c>date</c> or by <c>week_number</c> + <c>day_of_week</c>, with <c>index</c> for a day's second run.
/// </summary>
/// <param name="Change">One of <see cref="PlanChanges"/>.</param>
public sealed record PlanChangePreview(
    [property: JsonPropertyName("change")] string Change,
    [property: JsonPropertyName("date")] DateOnly? Date = null,
    [property: JsonPropertyName("week_number")] int? WeekNumber = null,
    [property: JsonPropertyName("day_of_week")] string? DayOfWeek = null,
    [property: JsonPropertyName("index")] int Index = 0,
    [property: JsonPropertyName("run")] RunFields? Run = null,
    [property: JsonPropertyName("week")] WeekUpdate? Week = null);
