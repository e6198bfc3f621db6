namespace MCPacer.Contracts.Events;

/// <summary>
/// A training plan was created, edited (through the API or by hand in its file) or deleted.
/// <see cref="Revision"/> is the file's new revision (null once deleted).
/// </summary>
public sealed record PlanChanged(string PlanId, string Change, string? Revision, DateTimeOffset At) : IIntegrationEvent
{
    public static string Topic => "plan-changed";

    public const string Created = "created";
    public const string Updated = "updated";
    public const string EditedOnDisk = "edited-on-disk";
    public const string Deleted = "deleted";
}
