using MCPacer.Contracts.Coach;

namespace MCPacer.Coach.Api;

/// <summary>
/// What a request to the coach service may hold, in one place: a runaway value is refused before it is written. The
/// MCP tools' descriptions state the same limits to the model.
/// </summary>
static class CoachLimits
{
    /// <summary>The memory, one of its sections or a session log, in UTF-8 bytes.</summary>
    public const int MaxContentBytes = CoachMemoryText.MaxContentBytes;

    /// <summary>A painted region's note or a highlight's reason.</summary>
    public const int MaxBodyMapTextLength = 500;

    public const int DefaultRecentLogs = 3;
    public const int MaxRecentLogs = 5;

    /// <summary>A session log is dated from this day to the athlete's today: a typo in the year is refused, not filed.</summary>
    public static readonly DateOnly FirstSessionDate = new(2000, 1, 1);
}
