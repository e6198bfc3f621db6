using MCPacer.Contracts.Coach;
using MCPacer.Mcp.Tools;
using ModelContextProtocol;
using static MCPacer.Mcp.Tests.McpCalls;

namespace MCPacer.Mcp.Tests;

/// <summary>The body map tools: region ids the model can use, what the athlete painted, and refused highlights.</summary>
public sealed class BodyMapToolsTests(McpServerHost host) : IClassFixture<McpServerHost>
{
    const string BodyMap = "http://coach/api/coach/bodymap";

    readonly OwningServices _services = host.Owners.Reset();

    BodyMapTools Tools => new(_services.Coach);

    [Fact]
    public async Task Regions_are_listed_one_per_line_as_id_label_side_and_view()
    {
        _services.Answer("GET", $"{BodyMap}/regions", new BodyMapCatalogue("0 0 100 200", [],
        [
            new BodyRegion("back_left_calf", "Left calf", BodySide.Left, BodyView.Back, "M0 0"),
            new BodyRegion("front_core", "Core", BodySide.Center, BodyView.Front, "M1 1"),
        ]));

        var text = await Tools.ListBodyRegions(Ct);

        Assert.Equal("back_left_calf: Left calf (left, back)\nfront_core: Core (center, front)", text);
    }

    [Fact]
    public async Task Painted_and_highlighted_regions_come_with_note_reason_and_date()
    {
        _services.Answer("GET", BodyMap, new BodyMapState(
            [new PaintedRegion("back_left_calf", Sensation.Tightness, "after the long run", new DateTimeOffset(2026, 4, 13, 18, 0, 0, TimeSpan.Zero))],
            []));

        var text = await Tools.GetPaintedRegions(Ct);

        Assert.Equal("Painted by the athlete:\n- back_left_calf: tightness, \"after the long run\" (2026-04-13)\nNo coach highlights.", text);
    }

    [Fact]
    public async Task Highlighting_no_region_is_refused_with_where_the_ids_are()
    {
        var refused = await Assert.ThrowsAsync<McpException>(() => Tools.HighlightBodyRegions([], "calf raises", Ct));

        Assert.Equal("name at least one region id; list_body_regions lists them", refused.Message);
        Assert.Empty(_services.Requests);
    }

    [Fact]
    public async Task An_unknown_region_is_refused_with_the_coach_services_field_error()
    {
        _services.Problem("POST", $"{BodyMap}/highlights", 400, "One or more validation errors occurred.",
            errors: new() { ["regions[0].region_id"] = ["unknown region 'left_calf'; list_body_regions lists the ids"] });
        await using var client = await host.ConnectAsync(Ct);

        var error = await client.CallErrorAsync("highlight_body_regions", new() { ["regions"] = new[] { "left_calf" }, ["reason"] = "calf raises" });

        Assert.Equal("regions[0].region_id: unknown region 'left_calf'; list_body_regions lists the ids", error);
    }

    [Fact]
    public async Task Regions_given_as_text_instead_of_a_list_are_named()
    {
        await using var client = await host.ConnectAsync(Ct);

        var error = await client.CallErrorAsync("highlight_body_regions", Arguments("""{"regions": "back_left_calf", "reason": "calf raises"}"""));

        Assert.Equal("'regions' must be a list; it was \"back_left_calf\".", error);
        Assert.Empty(_services.Requests);
    }
}
