using MCPacer.Coach.Onboarding;
using MCPacer.Contracts;

namespace MCPacer.Coach.Prompts;

/// <summary>
/// The texts that drive a coaching session: the ordered procedure (as an MCP prompt or a Claude Code SKILL.md),
/// the onboarding prompt and the run-digest prompt. Tool names are those of the MCPacer MCP server.
/// </summary>
internal sealed class CoachingPrompts
{
    public const string SkillName = "mcpacer";

    static readonly string ProcedureTemplate = ShippedText.Read("prompt:procedure");
    static readonly string SkillDescription = ShippedText.Read("prompt:skill-description").Trim();

    public string DigestRuns { get; } = ShippedText.Read("prompt:digest-runs");

    public string Onboarding { get; } = Questionnaire.ToMarkdown();

    /// <summary>The procedure; with a persona, step 1.5 names it instead of asking for the athlete's preferred one.</summary>
    public string Procedure(Slug? persona) =>
        ProcedureTemplate.Replace("{{persona-step}}", persona is { } name
            ? $"call `get_coaching_persona` with coach_name `{name}`."
            : "call `get_coaching_persona` with the persona the Athlete section names (\"Preferred persona: ...\"); " +
              "without one, use `coach`.", StringComparison.Ordinal);

    /// <summary>The procedure as a Claude Code skill file (~/.claude/skills/mcpacer/SKILL.md).</summary>
    public string Skill(Slug? persona) =>
        $"---\nname: {SkillName}\ndescription: \"{SkillDescription.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"\n---\n\n{Procedure(persona)}";
}
