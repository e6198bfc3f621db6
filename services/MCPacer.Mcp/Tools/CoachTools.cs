using System.ComponentModel;
using System.Text;
using MCPacer.Contracts.Coach;
using MCPacer.Clients;
using ModelContextProtocol;
using ModelContextProtocol.Server;

namespace MCPacer.Mcp.Tools;

/// <summary>The coach's long-term memory, session logs, personas and onboarding, all owned by the coach service.</summary>
[McpServerToolType]
internal sealed class CoachTools(CoachClient coach)
{
    [McpServerTool(Name = "read_coach_memory", ReadOnly = true)]
    [Description("Loads COACH_MEMORY.md, the long-term knowledge about the athlete: Athlete, PRs, Goals, Active Flags, " +
                 "Training Context, Patterns & Insights and the one-line Session History. Call it first in every session. " +
                 "If it says the athlete has not been onboarded, call get_onboarding_questions and onboard them.")]
    public async Task<string> ReadCoachMemory(CancellationToken ct) => (await coach.GetMemoryAsync(ct)).Content;

    [McpServerTool(Name = "update_coach_memory", Destructive = true, Idempotent = true)]
    [Description("Replaces one section of the coach memory with new text; the other sections stay as they are. " +
                 "Send the section's full new text (read it first with read_coach_memory), not a diff. " +
                 "Use '###' for headings inside the section. Earlier versions are kept for undo.")]
    public async Task<string> UpdateCoachMemory(
        [Description("The section to replace, by key or heading: athlete, prs, goals, active_flags, training_context, patterns, session_history.")]
        string section,
        [Description("The section's complete new Markdown text, without its '## ' heading (at most 64 KB).")]
        string content,
        CancellationToken ct)
    {
        var key = MemorySectionName.ToKey(section);
        var written = await coach.ReplaceSectionAsync(key, content, null, ct);
        return $"Saved the '{written.Section ?? key}' section of the coach memory (version {written.Version}).";
    }

    [McpServerTool(Name = "get_session_logs", Destructive = false, Idempotent = true)]
    [Description("Loads the summaries of the most recent coaching sessions, newest first, for continuity with the last " +
                 "conversations. Older logs are folded into the memory's Session History as one-liners and archived on the way.")]
    public async Task<string> GetSessionLogs(
        [Description("How many recent logs to return, 1 to 5.")] int limit = 3,
        CancellationToken ct = default)
    {
        if (limit is < 1 or > 5)
        {
            throw new McpException($"'limit' is 1 to 5; it was {limit}.");
        }

        var recent = await coach.GetRecentSessionsAsync(limit, ct);
        var text = new StringBuilder();
        if (recent.Logs.Count == 0)
        {
            text.Append("No session logs yet: this is the first session, or none was saved.\n");
        }

        foreach (var log in recent.Logs)
        {
            text.Append($"### Session {log.Date:yyyy-MM-dd}\n{log.Content.TrimEnd()}\n\n");
        }

        if (recent.Distilled.Count > 0)
        {
            text.Append($"Distilled into Session History and archived just now: {string.Join(", ", recent.Distilled.Select(d => d.ToString("yyyy-MM-dd")))}.\n");
        }

        return text.ToString().TrimEnd();
    }

    [McpServerTool(Name = "save_session_log", Destructive = false)]
    [Description("Saves the summary of this coaching session at its end. The first line should sum up the session in one " +
                 "sentence (it becomes the Session History one-liner later); then the key points, decisions and what to " +
                 "check next time. A second save on the same day is appended to that day's log.")]
    public async Task<string> SaveSessionLog(
        [Description("The session summary as Markdown: a one-sentence first line, then key points, decisions and follow-ups (at most 64 KB).")]
        string summary,
        [Description("The persona who coached this session (e.g. coach, david); recorded at the end of the log.")]
        string? coach_name = null,
        CancellationToken ct = default)
    {
        var text = string.IsNullOrWhiteSpace(coach_name) ? summary : $"{summary.TrimEnd()}\n\nCoach: {coach_name.Trim()}";
        var log = await coach.SaveSessionAsync(text, ct);
        return $"Saved the session log for {log.Date:yyyy-MM-dd}.";
    }

    [McpServerTool(Name = "get_archived_session_log", ReadOnly = true)]
    [Description("Loads the full log of one earlier session by its date, also one already archived and distilled into a " +
                 "Session History one-liner. Use it when a one-liner is not enough.")]
    public async Task<string> GetArchivedSessionLog(
        [Description("The session's date, yyyy-MM-dd (as shown in the Session History).")] DateOnly session_date,
        CancellationToken ct = default)
    {
        var log = await coach.GetSessionAsync(session_date, ct);
        return $"### Session {log.Date:yyyy-MM-dd}{(log.Archived ? " (archived)" : "")}\n{log.Content.TrimEnd()}";
    }

    [McpServerTool(Name = "get_coaching_personas", ReadOnly = true)]
    [Description("Lists the coaching personas (name: title), marking the athlete's preferred one and their own. " +
                 "Load one with get_coaching_persona.")]
    public async Task<string> GetCoachingPersonas(CancellationToken ct)
    {
        var personas = await coach.ListPersonasAsync(ct);
        return string.Join('\n', personas.Select(p =>
            $"{p.Name}: {p.Title}{(p.Preferred ? " (preferred)" : "")}{p.Source switch
            {
                PersonaSource.User => " (the athlete's own)",
                PersonaSource.UserOverride => " (the athlete's version of a shipped persona)",
                _ => "",
            }}"));
    }

    [McpServerTool(Name = "get_coaching_persona", ReadOnly = true)]
    [Description("Loads a persona's full coaching style, tone and rules, with the shared coaching guidelines appended. " +
                 "Speak in that voice for the rest of the session.")]
    public async Task<string> GetCoachingPersona(
        [Description("The persona's name as get_coaching_personas lists it, e.g. coach, david, kim.")] string coach_name,
        CancellationToken ct)
    {
        var persona = await coach.GetPersonaAsync(coach_name, ct);
        return persona.Content;
    }

    [McpServerTool(Name = "get_onboarding_questions", ReadOnly = true)]
    [Description("The onboarding questionnaire for a new athlete (PRs, current phase, target race, training days, injuries, " +
                 "anything else): each question, why it is asked and the memory section its answer goes in, then the steps " +
                 "after onboarding. Call it when read_coach_memory says the athlete has not been onboarded.")]
    public async Task<string> GetOnboardingQuestions(CancellationToken ct)
    {
        var questionnaire = await coach.GetOnboardingAsync(ct);
        var text = new StringBuilder("Ask conversationally, a couple at a time:\n");
        var number = 1;
        foreach (var q in questionnaire.Questions)
        {
            text.Append($"{number++}. {q.Topic}: {q.Question}\n   why: {q.Why} | save to: {q.MemorySection}\n");
        }

        text.Append("Afterwards:\n");
        foreach (var step in questionnaire.AfterwardSteps)
        {
            text.Append($"- {step}\n");
        }

        return text.ToString().TrimEnd();
    }
}
