using MCPacer.Contracts.Coach;

namespace MCPacer.Mcp.Tools;

/// <summary>Lets the model name a memory section by key ("active_flags") or by its heading ("Active Flags").</summary>
static class MemorySectionName
{
    public static string ToKey(string section)
    {
        var trimmed = section.Trim().TrimStart('#').Trim();
        var match = MemorySectionKeys.All.FirstOrDefault(s =>
            string.Equals(s.Key, trimmed, StringComparison.OrdinalIgnoreCase)
            || string.Equals(s.Title, trimmed, StringComparison.OrdinalIgnoreCase)
            || string.Equals(s.Key, trimmed.Replace(' ', '_'), StringComparison.OrdinalIgnoreCase));

        // An unknown name goes to the coach service as given: its answer lists the valid keys.
        return match.Key ?? trimmed;
    }
}
