using MCPacer.Coach.Personas;
using MCPacer.Contracts.Coach;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MCPacer.Coach.Api;

/// <summary>Coaching personas: shipped defaults and the runner's own, each with the shared guidelines appended.</summary>
internal static class PersonasApi
{
    public static RouteGroupBuilder MapPersonasApi(this RouteGroupBuilder coach)
    {
        var api = coach.MapGroup("/personas").WithTags("Personas");
        api.MapGet("/", ListPersonas).WithSummary("Every persona (shipped and the runner's own), the preferred one marked");
        api.MapGet("/preferred", GetPreferred).WithSummary("The persona the Athlete section names, else the balanced coach");
        api.MapGet("/{name}", GetPersona).WithSummary("A persona's Markdown with the coaching guidelines appended");
        return api;
    }

    static async Task<Ok<IReadOnlyList<PersonaSummary>>> ListPersonas(PersonaCatalog catalog, CancellationToken ct) =>
        TypedResults.Ok(await catalog.ListAsync(ct));

    static async Task<Ok<Persona>> GetPreferred(PersonaCatalog catalog, CancellationToken ct) =>
        TypedResults.Ok((await catalog.GetAsync(await catalog.PreferredNameAsync(ct), ct))!);

    static async Task<Results<Ok<Persona>, ValidationProblem, NotFound<ProblemDetails>>> GetPersona(
        string name, PersonaCatalog catalog, CancellationToken ct)
    {
        if (!Problems.TryParseName("name", name, out var slug, out var invalid))
        {
            return invalid!;
        }

        if (await catalog.GetAsync(slug, ct) is { } persona)
        {
            return TypedResults.Ok(persona);
        }

        var known = string.Join(", ", (await catalog.ListAsync(ct)).Select(p => p.Name));
        return Problems.NotFound($"No persona '{slug}'. Available: {known}.");
    }
}
