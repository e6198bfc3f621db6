using MCPacer.Coach.BodyMap;
using MCPacer.Contracts.Coach;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MCPacer.Coach.Api;

/// <summary>The S&amp;C body map: the region catalogue, the athlete's painted regions and the coach's highlights.</summary>
internal static class BodyMapApi
{
    public static RouteGroupBuilder MapBodyMapApi(this RouteGroupBuilder coach)
    {
        var api = coach.MapGroup("/bodymap").WithTags("Body map");
        api.MapGet("/regions", () => TypedResults.Ok(BodyRegionCatalog.Catalogue)).WithName("GetBodyRegions")
            .WithSummary("The 63 regions with labels, side, view and SVG paths on the front and back outlines");
        api.MapGet("/", GetBodyMap).WithSummary("Painted and highlighted regions");
        api.MapPut("/painted", ReplacePainted).WithSummary("Replaces everything the athlete painted");
        api.MapPut("/painted/{regionId}", Paint).WithSummary("Paints one region (pain or tightness, with a note)");
        api.MapDelete("/painted/{regionId}", Unpaint).WithSummary("Removes the paint from one region");
        api.MapPost("/highlights", Highlight).WithSummary("Adds the coach's highlights, each with a reason");
        api.MapDelete("/highlights", ClearHighlights).WithSummary("Clears every highlight");
        return api;
    }

    static async Task<Ok<BodyMapState>> GetBodyMap(BodyMapStore store, CancellationToken ct) =>
        TypedResults.Ok(await store.ReadAsync(ct));

    static async Task<Results<Ok<BodyMapState>, ValidationProblem>> ReplacePainted(
        PaintRegionsRequest request, BodyMapStore store, CancellationToken ct)
    {
        if ((request.Regions ?? []).Select(r => CheckPaint(r.RegionId, r.Sensation, r.Note)).FirstOrDefault(p => p is not null) is { } invalid)
        {
            return invalid;
        }

        return TypedResults.Ok(await store.ReplacePaintedAsync(request.Regions ?? [], ct));
    }

    static async Task<Results<Ok<BodyMapState>, ValidationProblem>> Paint(
        string regionId, RegionPaint request, BodyMapStore store, CancellationToken ct)
    {
        if (CheckPaint(regionId, request.Sensation, request.Note) is { } invalid)
        {
            return invalid;
        }

        return TypedResults.Ok(await store.PaintAsync(new PaintRegionRequest(regionId, request.Sensation, request.Note), ct));
    }

    static async Task<Results<Ok<BodyMapState>, ValidationProblem>> Unpaint(string regionId, BodyMapStore store, CancellationToken ct) =>
        CheckRegion(regionId) is { } invalid ? invalid : TypedResults.Ok(await store.UnpaintAsync(regionId, ct));

    static async Task<Results<Ok<BodyMapState>, ValidationProblem>> Highlight(
        HighlightRegionsRequest request, BodyMapStore store, CancellationToken ct)
    {
        if (request.Regions is not { Count: > 0 })
        {
            return Problems.Invalid("regions", "Name at least one region to highlight.");
        }

        foreach (var region in request.Regions)
        {
            if ((CheckRegion(region.RegionId) ?? CheckText("reason", region.Reason, required: true)) is { } invalid)
            {
                return invalid;
            }
        }

        return TypedResults.Ok(await store.HighlightAsync(request.Regions, ct));
    }

    static async Task<Ok<BodyMapState>> ClearHighlights(BodyMapStore store, CancellationToken ct) =>
        TypedResults.Ok(await store.ClearHighlightsAsync(ct));

    static ValidationProblem? CheckPaint(string? regionId, Sensation sensation, string? note) =>
        CheckRegion(regionId) ?? CheckSensation(sensation) ?? CheckText("note", note, required: false);

    /// <summary>JSON may carry a sensation as a number; only the named ones are sensations.</summary>
    static ValidationProblem? CheckSensation(Sensation sensation) =>
        Enum.IsDefined(sensation)
            ? null
            : Problems.Invalid("sensation", $"'{sensation}' is not a sensation; use {string.Join(" or ", Enum.GetNames<Sensation>().Select(n => n.ToLowerInvariant()))}.");

    static ValidationProblem? CheckRegion(string? regionId) =>
        BodyRegionCatalog.Contains(regionId)
            ? null
            : Problems.Invalid("regionId", $"'{regionId}' is not a body region. Valid ids: {BodyRegionCatalog.ValidIds}.");

    static ValidationProblem? CheckText(string field, string? text, bool required) =>
        (required && string.IsNullOrWhiteSpace(text)) ? Problems.Invalid(field, $"'{field}' is required.")
        : text is { Length: > CoachLimits.MaxBodyMapTextLength }
            ? Problems.Invalid(field, $"'{field}' is {text.Length} characters; the limit is {CoachLimits.MaxBodyMapTextLength}.")
        : null;
}
