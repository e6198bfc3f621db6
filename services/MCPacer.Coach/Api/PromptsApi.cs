using MCPacer.Coach.Personas;
using MCPacer.Coach.Prompts;
using MCPacer.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MCPacer.Coach.Api;

/// <summary>The coaching session's texts as Markdown: for an MCP prompt, or to install as a Claude Code skill.</summary>
public static class PromptsApi
{
    const string Markdown = "text/markdown; charset=utf-8";

    public static RouteGroupBuilder MapPromptsApi(this RouteGroupBuilder coach)
    {
        coach.MapGet("/procedure", GetProcedure).WithTags("Prompts")
            .WithSummary("The ordered coaching-session procedure (?persona= names the persona to load)");
        coach.MapGet("/procedure/skill", GetSkill).WithTags("Prompts")
            .WithSummary("The procedure as a Claude Code SKILL.md with its YAML front matter (name, description)");
        var prompts = coach.MapGroup("/prompts").WithTags("Prompts");
        prompts.MapGet("/onboarding", (CoachingPrompts texts) => TypedResults.Text(texts.Onboarding, Markdown))
            .WithSummary("How to onboard an athlete who has no memory yet");
        prompts.MapGet("/digest-runs", (CoachingPrompts texts) => TypedResults.Text(texts.DigestRuns, Markdown))
            .WithSummary("How to write the one-line digests of new runs");
        return coach;
    }

    static async Task<Results<ContentHttpResult, ValidationProblem, NotFound<ProblemDetails>>> GetProcedure(
        CoachingPrompts texts, PersonaCatalog personas, CancellationToken ct, [FromQuery] string? persona = null) =>
        await ResolvePersona(persona, personas, ct) switch
        {
            (var name, null, null) => TypedResults.Text(texts.Procedure(name), Markdown),
            (_, { } invalid, _) => invalid,
            (_, _, { } missing) => missing,
        };

    static async Task<Results<ContentHttpResult, ValidationProblem, NotFound<ProblemDetails>>> GetSkill(
        CoachingPrompts texts, PersonaCatalog personas, CancellationToken ct, [FromQuery] string? persona = null) =>
        await ResolvePersona(persona, personas, ct) switch
        {
            (var name, null, null) => TypedResults.Text(texts.Skill(name), Markdown),
            (_, { } invalid, _) => invalid,
            (_, _, { } missing) => missing,
        };

    static async Task<(Slug? Name, ValidationProblem? Invalid, NotFound<ProblemDetails>? Missing)> ResolvePersona(
        string? persona, PersonaCatalog personas, CancellationToken ct)
    {
        if (persona is null)
        {
            return (null, null, null);
        }

        if (!Problems.TryParseName("persona", persona, out var name, out var invalid))
        {
            return (null, invalid, null);
        }

        return await personas.GetAsync(name, ct) is null
            ? (null, null, Problems.NotFound($"No persona '{name}'; GET /api/coach/personas lists them."))
            : (name, null, null);
    }
}
