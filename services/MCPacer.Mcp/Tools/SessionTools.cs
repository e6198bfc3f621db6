using System.ComponentModel;
using System.Text;
using MCPacer.Clients;
using ModelContextProtocol.Server;

namespace MCPacer.Mcp.Tools;

/// <summary>Everything a coaching session starts with, gathered from the three services in one call.</summary>
[McpServerToolType]
internal sealed class SessionTools(CoachClient coach, StravaClient strava, PlansClient plans, TimeProvider clock)
{
    [McpServerTool(Name = "get_session_context", Destructive = false, Idempotent = true)]
    [Description("Loads the whole session context in one call instead of five: coach memory, run context, plan context, the " +
                 "last three session logs and the persona, each with its approximate size in tokens and the total. A part " +
                 "whose service is down says so; the rest still comes.")]
    public async Task<string> GetSessionContext(
        [Description("The persona to load; empty for the athlete's preferred one.")] string? persona = null,
        CancellationToken ct = default)
    {
        var coachParts = Part(async () => (await coach.GetSessionContextAsync(string.IsNullOrWhiteSpace(persona) ? null : persona.Trim(), ct)).Parts
            .Select(p => (p.Name, p.Content)).ToList());
        var runs = Part(async () => (await strava.GetRunContextAsync(ct)).Text);
        var plan = Part(() => plans.GetContextAsync(null, ct));

        var parts = new List<(string Name, string Content)>();
        var (coachResult, coachDown) = await coachParts;
        parts.Add(("Coach memory", coachResult?.First(p => p.Name == "memory").Content ?? coachDown!));
        parts.Add(("Run context", (await runs).Value ?? (await runs).Down!));
        parts.Add(("Plan context", (await plan).Value ?? (await plan).Down!));
        foreach (var (name, content) in coachResult?.Where(p => p.Name != "memory") ?? [])
        {
            parts.Add((name == "session-logs" ? "Session logs" : $"Persona {name.Split(':').Last()}", content.Length == 0 ? "(none yet)" : content));
        }

        var total = parts.Sum(p => Tokens(p.Content));
        var text = new StringBuilder($"SESSION CONTEXT (~{total} tokens; a token is about 4 characters)\n");
        foreach (var (name, content) in parts)
        {
            text.Append($"\n===== {name} (~{Tokens(content)} tokens) =====\n{content.TrimEnd()}\n");
        }

        return text.ToString().TrimEnd();
    }

    static int Tokens(string text) => (text.Length + 3) / 4;

    /// <summary>One service's part, or why it is missing: a service that is down does not hide the others' parts.</summary>
    async Task<(T? Value, string? Down)> Part<T>(Func<Task<T>> load) where T : class
    {
        try
        {
            return (await load(), null);
        }
        catch (ServiceUnavailableException e)
        {
            return (null, $"({ServiceErrors.ForModel(e, clock)})");
        }
    }
}
