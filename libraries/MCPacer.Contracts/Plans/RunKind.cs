namespace MCPacer.Contracts.Plans;

/// <summary>
/// What a run type counts as: one colour in the dashboard and the calendar, one way of being matched in adherence.
/// Several types share a kind (long and the original MCPacer's long_run are both <see cref="Long"/>).
/// </summary>
public enum RunKind
{
    Easy,
    Long,
    Workout,
    Race,

    /// <summary>Not a run: matched by a non-running activity, planned by duration_minutes rather than distance.</summary>
    CrossTraining,
    Rest,
}
