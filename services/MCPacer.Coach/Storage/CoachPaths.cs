using MCPacer.Storage;

namespace MCPacer.Coach.Storage;

/// <summary>Where the coach's files live under the data root (&lt;data&gt;/coach/...).</summary>
internal sealed class CoachPaths(DataRoot dataRoot)
{
    public string Root { get; } = dataRoot.ServiceDirectory("coach");

    public string MemoryFile => Path.Combine(Root, "COACH_MEMORY.md");

    public string MemoryHistory => Path.Combine(Root, "memory-history");

    public string Sessions => Path.Combine(Root, "sessions");

    public string SessionArchive => Path.Combine(Sessions, "archive");

    public string Personas => Path.Combine(Root, "personas");

    public string BodyMapFile => Path.Combine(Root, "bodymap.json");
}
