using MCPacer.Coach.Memory;
using MCPacer.Coach.Storage;
using MCPacer.Contracts.Coach;
using MCPacer.Events.Caching;
using MCPacer.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MCPacer.Coach.Api;

/// <summary>COACH_MEMORY.md by section, with versions (ETag / If-Match) and undo.</summary>
internal static class MemoryApi
{
    /// <summary>The memory's name in the read cache.</summary>
    public const string CachedAnswer = "coach-memory";

    public static RouteGroupBuilder MapMemoryApi(this RouteGroupBuilder coach)
    {
        var api = coach.MapGroup("/memory").WithTags("Coach memory");
        api.MapGet("/", GetMemory).WithSummary("The whole memory file and its seven sections; the onboarding sentence when there is none");
        api.MapPut("/", ReplaceMemory).WithSummary("Replaces the whole file (If-Match: its ETag, else 409 when stale)");
        api.MapGet("/sections/{key}", GetSection).WithSummary("One section by key");
        api.MapPut("/sections/{key}", ReplaceSection).WithSummary("Replaces one section in place; the rest of the file is untouched");
        api.MapGet("/versions", ListVersions).WithSummary("Earlier versions kept for undo, newest first");
        api.MapGet("/versions/{id}", GetVersion).WithSummary("The text of an earlier version");
        api.MapPost("/versions/{id}/restore", RestoreVersion).WithSummary("Makes an earlier version current again");
        api.MapPost("/undo", Undo).WithSummary("Restores the version before the last write");
        return api;
    }

    /// <summary>Kept in the read cache while the file's stamp stays the same (our writes also invalidate it, see <see cref="MemoryStore"/>).</summary>
    static async Task<Ok<CoachMemory>> GetMemory(MemoryStore store, CoachPaths paths, ReadCache cache, HttpResponse response, CancellationToken ct)
    {
        var memory = await cache.GetOrBuildAsync(new ReadCacheKey(CachedAnswer, "", FileStamp.Of(paths.MemoryFile)),
            async c => new BuiltAnswer<CoachMemory>(await ReadAsync(store, c)), ct);
        if (memory.Version is { } version)
        {
            response.Headers.ETag = MemoryVersionTag.ToETag(version);
        }

        return TypedResults.Ok(memory);
    }

    static async Task<CoachMemory> ReadAsync(MemoryStore store, CancellationToken ct)
    {
        var snapshot = await store.ReadAsync(ct);
        if (snapshot is null)
        {
            return new CoachMemory(false, CoachMemoryText.NotOnboarded, null, []);
        }

        var document = MemoryDocument.Parse(snapshot.Text);
        return new CoachMemory(true, snapshot.Text, snapshot.Version, MemorySections.Read(document));
    }

    static async Task<Results<Ok<MemoryWriteResult>, ValidationProblem, Conflict<ProblemDetails>>> ReplaceMemory(
        ReplaceMemoryRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, MemoryStore store, HttpResponse response,
        CancellationToken ct)
    {
        if (Problems.CheckContent("content", request.Content, allowEmpty: false) is { } invalid)
        {
            return invalid;
        }

        var outcome = await store.UpdateAsync(_ => request.Content, MemoryVersionTag.FromIfMatch(ifMatch), null, "replace file", ct);
        return Written(outcome, null, response);
    }

    static async Task<Results<Ok<MemorySection>, ValidationProblem, NotFound<ProblemDetails>>> GetSection(
        string key, MemoryStore store, HttpResponse response, CancellationToken ct)
    {
        if (!MemorySections.TryGetTitle(key, out _))
        {
            return UnknownSection(key);
        }

        var snapshot = await store.ReadAsync(ct);
        if (snapshot is null)
        {
            return Problems.NotFound(CoachMemoryText.NotOnboarded);
        }

        response.Headers.ETag = MemoryVersionTag.ToETag(snapshot.Version);
        var section = MemorySections.Read(MemoryDocument.Parse(snapshot.Text)).Single(s => s.Key == key.Trim().ToLowerInvariant());
        return TypedResults.Ok(section);
    }

    static async Task<Results<Ok<MemoryWriteResult>, ValidationProblem, Conflict<ProblemDetails>>> ReplaceSection(
        string key, ReplaceMemoryRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, MemoryStore store,
        HttpResponse response, CancellationToken ct)
    {
        if (!MemorySections.TryGetTitle(key, out var title))
        {
            return UnknownSection(key);
        }

        if (Problems.CheckContent("content", request.Content) is { } invalid)
        {
            return invalid;
        }

        if (MemoryDocument.FirstSectionHeading(request.Content) is { } heading)
        {
            return Problems.Invalid("content",
                $"Line {heading.Line} ('{heading.Text}') would start a new section; use '###' for headings inside a section.");
        }

        var sectionKey = key.Trim().ToLowerInvariant();
        var outcome = await store.UpdateAsync(
            text => MemoryDocument.Parse(text ?? MemoryDocument.Template(MemorySectionKeys.All.Select(s => s.Title)))
                .ReplaceSection(title, request.Content),
            MemoryVersionTag.FromIfMatch(ifMatch), sectionKey, $"replace section {sectionKey}", ct);
        return Written(outcome, sectionKey, response);
    }

    static Ok<IReadOnlyList<MemoryVersion>> ListVersions(MemoryHistory history) => TypedResults.Ok(history.List());

    static async Task<Results<Ok<MemoryVersionContent>, ValidationProblem, NotFound<ProblemDetails>>> GetVersion(
        string id, MemoryHistory history, CancellationToken ct)
    {
        if (!MemoryHistory.IsValidId(id))
        {
            return InvalidVersionId(id);
        }

        return await history.ReadAsync(id, ct) is { } version
            ? TypedResults.Ok(version)
            : Problems.NotFound($"No earlier memory version '{id}'; GET /api/coach/memory/versions lists them.");
    }

    static async Task<Results<Ok<MemoryWriteResult>, ValidationProblem, NotFound<ProblemDetails>, Conflict<ProblemDetails>>> RestoreVersion(
        string id, [FromHeader(Name = "If-Match")] string? ifMatch, MemoryStore store, HttpResponse response, CancellationToken ct)
    {
        if (!MemoryHistory.IsValidId(id))
        {
            return InvalidVersionId(id);
        }

        if (await store.RestoreAsync(id, MemoryVersionTag.FromIfMatch(ifMatch), ct) is not { } outcome)
        {
            return Problems.NotFound($"No earlier memory version '{id}'; GET /api/coach/memory/versions lists them.");
        }

        return outcome.IsStale ? Problems.Stale(outcome.CurrentVersion) : Ok(outcome, null, response);
    }

    static async Task<Results<Ok<MemoryWriteResult>, NotFound<ProblemDetails>, Conflict<ProblemDetails>>> Undo(
        [FromHeader(Name = "If-Match")] string? ifMatch, MemoryHistory history, MemoryStore store, HttpResponse response,
        CancellationToken ct)
    {
        if (history.List() is not [var previous, ..] || await store.RestoreAsync(previous.Id, MemoryVersionTag.FromIfMatch(ifMatch), ct) is not { } outcome)
        {
            return Problems.NotFound("There is no earlier version of the coach memory to go back to.");
        }

        return outcome.IsStale ? Problems.Stale(outcome.CurrentVersion) : Ok(outcome, null, response);
    }

    static Results<Ok<MemoryWriteResult>, ValidationProblem, Conflict<ProblemDetails>> Written(
        MemoryWriteOutcome outcome, string? section, HttpResponse response) =>
        outcome.IsStale ? Problems.Stale(outcome.CurrentVersion) : Ok(outcome, section, response);

    static Ok<MemoryWriteResult> Ok(MemoryWriteOutcome outcome, string? section, HttpResponse response)
    {
        response.Headers.ETag = MemoryVersionTag.ToETag(outcome.Version!);
        return TypedResults.Ok(new MemoryWriteResult(outcome.Version!, section));
    }

    static ValidationProblem UnknownSection(string key) =>
        Problems.Invalid("key", $"Unknown memory section '{key}'. Valid keys: {MemorySections.ValidKeys}.");

    static ValidationProblem InvalidVersionId(string id) =>
        Problems.Invalid("id", $"'{id}' is not a memory version id; GET /api/coach/memory/versions lists them.");
}
