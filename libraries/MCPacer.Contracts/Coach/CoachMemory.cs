namespace MCPacer.Contracts.Coach;

/// <summary>
/// COACH_MEMORY.md as the coach service serves it. When <see cref="Exists"/> is false, <see cref="Content"/> is
/// <see cref="CoachMemoryText.NotOnboarded"/>, the sentence the coaching session takes as its onboarding trigger.
/// </summary>
public sealed record CoachMemory(bool Exists, string Content, string? Version, IReadOnlyList<MemorySection> Sections);

/// <summary>One known section of the memory file; <see cref="Present"/> is false when the file lacks its heading.</summary>
public sealed record MemorySection(string Key, string Title, bool Present, string Content);

/// <summary>The new text of one section (or of the whole file); at most 64 KB of UTF-8.</summary>
public sealed record ReplaceMemoryRequest(string Content);

/// <summary>The outcome of a write: the file's new version (also sent as the ETag header).</summary>
public sealed record MemoryWriteResult(string Version, string? Section);

/// <summary>An earlier version of the memory file kept for undo, newest first in a listing.</summary>
public sealed record MemoryVersion(string Id, string Version, DateTimeOffset ReplacedAt, int Characters);

public sealed record MemoryVersionContent(string Id, string Version, DateTimeOffset ReplacedAt, string Content);

public static class CoachMemoryText
{
    public const string NotOnboarded = "No coach memory found. This athlete has not been onboarded yet.";

    /// <summary>Largest content a single write accepts, in UTF-8 bytes.</summary>
    public const int MaxContentBytes = 64 * 1024;
}
