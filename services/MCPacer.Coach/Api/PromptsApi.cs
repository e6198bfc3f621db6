using MCPacer.Coach.Personas;
using MCPacer.Coach.Prompts;
using MCPacer.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MCPacer.Coach.Api;

/// <summary>The coaching session's texts as Markdown: for an MCP prompt, or to install as a Claude Code skill.</summary>
internal static class PromptsApi
{
    const string Markdown = "text/markdown; charset=utf-8";

    public static RouteGroupBuilder MapPromptsApi(this RouteGroupBuilder coach)
    {
        coach.MapGet("/procedure", GetProcedure).WithTags("Prompts")
            .WithSummary("The ordered coaching-session procedure (?persona= names the persona to load)");
        coach.MapGet("/procedure/skill", GetSkill).WithTags("Prompts")
            .WithSummary("The procedure as a Claude Code SKILL.md with its YAML front matter (name, description)");
        var prompts = coach.MapGroup("/prompts").WithTags("Prompts");
        prompts.MapGet("/onboarding", (CoachingPrompts texts) => TypedResults.Text(texts.Onboarding, Markdown)).WithName("GetOnboardingPrompt")
            .WithSummary("How to onboard an athlete who has no memory yet");
        prompts.MapGet("/digest-runs", (CoachingPrompts texts) => TypedResults.Text(texts.DigestRuns, Markdown)).WithName("GetDigestRunsPrompt")
            .WithSummary("How to write the one-line digests of new runs");
        return coach;
    }

    static Task<Results<ContentHttpResult, ValidationProblem, NotFound<ProblemDetails>>> GetProcedure(
        CoachingPrompts texts, PersonaCatalog personas, CancellationToken ct, [FromQuery] string? persona = null) =>
        RenderFor(persona, texts.Procedure, personas, ct);

    static Task<Results<ContentHttpResult, ValidationProblem, NotFound<ProblemDetails>>> GetSkill(
        CoachingPrompts texts, PersonaCatalog personas, CancellationToken ct, [FromQuery] string? persona = null) =>
        RenderFor(persona, texts.Skill, personas, ct);

    /// <summary>Renders a text for the named persona (which must exist), or the text that loads the athlete's preferred one.</summary>
    static async Task<Results<ContentHttpResult, ValidationProblem, NotFound<ProblemDetails>>> RenderFor(
        string? persona, Func<Slug?, string> render, PersonaCatalog personas, CancellationToken ct)
    {
        if (persona is null)
        {
            return TypedResults.Text(render(null), Markdown);
        }

        if (!Problems.TryParseName("persona", persona, out var name, out var invalid))
        {
            return invalid!;
        }

        return await personas.GetAsync(name, ct) is null
            ? Problems.NotFound($"No persona '{name}'; GET /api/coach/personas lists them.")
            : TypedResults.Text(render(name), Markdown);
    }
}
