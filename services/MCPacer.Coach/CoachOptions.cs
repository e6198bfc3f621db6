using System.ComponentModel.DataAnnotations;

namespace MCPacer.Coach;

/// <summary>Limits of what the coach service keeps ("Coach" section of the configuration).</summary>
internal sealed class CoachOptions
{
    public const string Section = "Coach";

    /// <summary>Earlier versions of COACH_MEMORY.md kept for undo.</summary>
    [Range(1, 1000)]
    public int MemoryHistoryLimit { get; set; } = 50;

    /// <summary>One-liners the memory's Session History keeps after distillation.</summary>
    [Range(1, 500)]
    public int SessionHistoryLimit { get; set; } = 30;
}
