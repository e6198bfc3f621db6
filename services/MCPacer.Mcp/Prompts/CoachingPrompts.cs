using System.ComponentModel;
using MCPacer.Clients;
using ModelContextProtocol.Server;

namespace MCPacer.Mcp.Prompts;

/// <summary>The coaching session's texts, served by the coach service so the MCP prompt and the Claude Code skill agree.</summary>
[McpServerPromptType]
internal sealed class CoachingPrompts(CoachClient coach)
{
    [McpServerPrompt(Name = "coaching_session")]
    [Description("Runs a full coaching session: load memory, runs, plan, logs and persona, digest new runs, give feedback, " +
                 "update memory and save a session log.")]
    public Task<string> CoachingSession(
        [Description("The persona to coach as (coach, david, roland, kim, hartmann or the athlete's own); empty for the athlete's preferred one.")]
        string? persona = null,
        CancellationToken ct = default) =>
        coach.GetProcedureAsync(string.IsNullOrWhiteSpace(persona) ? null : persona.Trim(), ct);

    [McpServerPrompt(Name = "onboarding")]
    [Description("Onboards a new athlete: the questionnaire, where each answer goes in the coach memory, and what follows.")]
    public Task<string> Onboarding(CancellationToken ct) => coach.GetOnboardingPromptAsync(ct);

    [McpServerPrompt(Name = "digest_runs")]
    [Description("Writes the one-line digests of runs that have none yet, so later sessions read short run context.")]
    public Task<string> DigestRuns(CancellationToken ct) => coach.GetDigestRunsPromptAsync(ct);
}
