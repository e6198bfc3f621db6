using System.ComponentModel;
using System.Text;
using MCPacer.Clients;
using ModelContextProtocol;
using ModelContextProtocol.Server;

namespace MCPacer.Mcp.Tools;

/// <summary>The strength-and-conditioning body map: where the athlete feels pain or tightness, and the coach's highlights.</summary>
[McpServerToolType]
internal sealed class BodyMapTools(CoachClient coach)
{
    [McpServerTool(Name = "list_body_regions", ReadOnly = true)]
    [Description("Lists the body regions of the map, one per line as 'id: label (side, view)'. Use these ids with " +
                 "highlight_body_regions; sides are the athlete's own.")]
    public async Task<string> ListBodyRegions(CancellationToken ct)
    {
        var catalogue = await coach.GetBodyRegionsAsync(ct);
        return string.Join('\n', catalogue.Regions.Select(r => $"{r.Id}: {r.Label} ({r.Side.ToString().ToLowerInvariant()}, {r.View.ToString().ToLowerInvariant()})"));
    }

    [McpServerTool(Name = "get_painted_regions", ReadOnly = true)]
    [Description("What the athlete painted on the body map (pain or tightness, with their note and date) and what the coach " +
                 "highlighted (with the reason). Check it before prescribing strength work or hard sessions.")]
    public async Task<string> GetPaintedRegions(CancellationToken ct)
    {
        var state = await coach.GetBodyMapAsync(ct);
        var text = new StringBuilder();
        text.Append(state.Painted.Count == 0 ? "The athlete has painted no regions.\n" : "Painted by the athlete:\n");
        foreach (var p in state.Painted)
        {
            text.Append($"- {p.RegionId}: {p.Sensation.ToString().ToLowerInvariant()}{(string.IsNullOrWhiteSpace(p.Note) ? "" : $", \"{p.Note}\"")} ({p.At:yyyy-MM-dd})\n");
        }

        text.Append(state.Highlighted.Count == 0 ? "No coach highlights.\n" : "Highlighted by the coach:\n");
        foreach (var h in state.Highlighted)
        {
            text.Append($"- {h.RegionId}: {h.Reason} ({h.At:yyyy-MM-dd})\n");
        }

        return text.ToString().TrimEnd();
    }

    [McpServerTool(Name = "highlight_body_regions", Destructive = false, Idempotent = true)]
    [Description("Highlights regions on the athlete's body map with a reason, e.g. the muscles an exercise targets or an " +
                 "area to watch. The dashboard shows them at once. A region highlighted again takes the new reason.")]
    public async Task<string> HighlightBodyRegions(
        [Description("Region ids from list_body_regions, e.g. [\"back_left_calf\", \"front_left_shin\"].")] string[] regions,
        [Description("Why they are highlighted, shown to the athlete (at most 500 characters).")] string reason,
        CancellationToken ct)
    {
        if (regions.Length == 0)
        {
            throw new McpException("name at least one region id; list_body_regions lists them");
        }

        var state = await coach.HighlightAsync(regions, reason, ct);
        return $"Highlighted {string.Join(", ", regions)}. {state.Highlighted.Count} region(s) are highlighted now.";
    }

    [McpServerTool(Name = "clear_body_highlights", Destructive = true, Idempotent = true)]
    [Description("Removes every coach highlight from the body map (what the athlete painted stays).")]
    public async Task<string> ClearBodyHighlights(CancellationToken ct)
    {
        await coach.ClearHighlightsAsync(ct);
        return "Cleared all coach highlights from the body map.";
    }
}
