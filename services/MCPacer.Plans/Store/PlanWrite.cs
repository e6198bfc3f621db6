using MCPacer.Contracts.Plans;
using MCPacer.Plans.Yaml;

namespace MCPacer.Plans.Store;

/// <summary>What a write to a plan came to; the API turns each case into its status code.</summary>
abstract record PlanWrite
{
    public sealed record Saved(PlanDocument Document) : PlanWrite;

    public sealed record Deleted : PlanWrite;

    /// <summary>The plan as an edit would leave it, valid; nothing was written.</summary>
    public sealed record Previewed(PlanDocument Document) : PlanWrite;

    /// <summary>The plan, or the week or run the edit addresses, does not exist (404).</summary>
    public sealed record NotFound(string Message) : PlanWrite;

    /// <summary>The file changed since the revision the caller read (409); nothing was written.</summary>
    public sealed record Stale(string CurrentRevision) : PlanWrite;

    /// <summary>The edit would leave the plan invalid (400); nothing was written.</summary>
    public sealed record Invalid(IReadOnlyList<PlanProblem> Problems) : PlanWrite;

    /// <summary>The plan's state does not allow the edit (409): it exists already, it is broken, its layout is hand-made.</summary>
    public sealed record Refused(string Message, IReadOnlyList<PlanProblem>? Problems = null) : PlanWrite;
}

/// <summary>Thrown by an edit whose target (week, run) is not in the plan.</summary>
sealed class PlanTargetNotFoundException(string message) : Exception(message);
