using System.Text.Json.Serialization;

namespace MCPacer.Contracts.Coach;

[JsonConverter(typeof(JsonStringEnumConverter<BodyView>))]
public enum BodyView
{
    Front,
    Back,
}

/// <summary>The athlete's own side (so "left" is on the viewer's right in the front view).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BodySide>))]
public enum BodySide
{
    Left,
    Right,
    Center,
}

[JsonConverter(typeof(JsonStringEnumConverter<Sensation>))]
public enum Sensation
{
    Pain,
    Tightness,
}

/// <summary>One paintable region: its id, label, side and view, and an SVG path in its view's coordinates.</summary>
public sealed record BodyRegion(string Id, string Label, BodySide Side, BodyView View, string Path);

/// <summary>A body outline per view (same viewBox) that the regions are drawn on.</summary>
public sealed record BodyOutline(BodyView View, string Path);

/// <summary>The one catalogue of body regions: the service validates ids against it and the dashboard draws it.</summary>
public sealed record BodyMapCatalogue(string ViewBox, IReadOnlyList<BodyOutline> Outlines, IReadOnlyList<BodyRegion> Regions);

public sealed record PaintedRegion(string RegionId, Sensation Sensation, string? Note, DateTimeOffset At);

public sealed record HighlightedRegion(string RegionId, string Reason, DateTimeOffset At);

public sealed record BodyMapState(IReadOnlyList<PaintedRegion> Painted, IReadOnlyList<HighlightedRegion> Highlighted);

/// <summary>The body of PUT /api/coach/bodymap/painted/{regionId}.</summary>
public sealed record RegionPaint(Sensation Sensation, string? Note = null);

public sealed record PaintRegionRequest(string RegionId, Sensation Sensation, string? Note = null);

/// <summary>Replaces everything the athlete painted (the dashboard saves the whole picture).</summary>
public sealed record PaintRegionsRequest(IReadOnlyList<PaintRegionRequest> Regions);

public sealed record HighlightRegionRequest(string RegionId, string Reason);

/// <summary>Adds the coach's highlights (a region highlighted again takes the new reason).</summary>
public sealed record HighlightRegionsRequest(IReadOnlyList<HighlightRegionRequest> Regions);
