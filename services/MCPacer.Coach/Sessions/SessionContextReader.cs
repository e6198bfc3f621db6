using System.Globalization;
using MCPacer.Coach.Api;
using MCPacer.Coach.Memory;
using MCPacer.Coach.Personas;
using MCPacer.Coach.Storage;
using MCPacer.Contracts;
using MCPacer.Contracts.Coach;
using MCPacer.Events.Caching;
using MCPacer.ServiceDefaults.Time;
using MCPacer.Storage;

namespace MCPacer.Coach.Sessions;

/// <summary>The coach's share of a session's context, or the persona asked for that does not exist.</summary>
internal sealed record SessionContextRead(SessionContext? Context, string Persona);

/// <summary>
/// The coach's share of a session's context: memory, the last three session logs, the persona and strava's load line,
/// each with its approximate token count. Kept in the read cache while its files (the memory, the live session logs,
/// the runner's personas: our writes and hand edits alike), the athlete's today and strava's figures stay the same.
/// </summary>
internal sealed class SessionContextReader(
    MemoryStore memory, SessionLogStore sessions, PersonaCatalog personas, LoadLineReader load, CoachPaths paths, AthleteClock clock,
    ReadCache cache)
{
    public const string CachedAnswer = "session-context";
    const string TokenEstimate = "approximate: characters / 4";

    /// <summary>With <paramref name="persona"/>, or the preferred one when null.</summary>
    public Task<SessionContextRead> ReadAsync(Slug? persona, CancellationToken cancellationToken)
    {
        var version = string.Join('|', FileStamp.Of(paths.MemoryFile), FileStamp.OfFolder(paths.Sessions, "*.md"),
            FileStamp.OfFolder(paths.Personas, "*.md"), clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return cache.GetOrBuildAsync(new ReadCacheKey(CachedAnswer, persona?.Value ?? "", version), ct => BuildAsync(persona, ct), cancellationToken);
    }

    async Task<BuiltAnswer<SessionContextRead>> BuildAsync(Slug? persona, CancellationToken cancellationToken)
    {
        var name = persona ?? await personas.PreferredNameAsync(cancellationToken);
        if (await personas.GetAsync(name, cancellationToken) is not { } chosen)
        {
            return new(new SessionContextRead(null, name.Value));
        }

        var loadLine = load.ReadAsync(cancellationToken);
        // Logs first: reading them may distil older ones into the memory's Session History.
        var logs = await sessions.ReadRecentAsync(CoachLimits.DefaultRecentLogs, cancellationToken);
        var memoryText = (await memory.ReadAsync(cancellationToken))?.Text ?? CoachMemoryText.NotOnboarded;
        var logsText = string.Join("\n\n", logs.Logs.Select(l => l.Content.TrimEnd()));
        var (loadText, loadUnavailable) = await loadLine;
        SessionContextPart[] parts = [Part("memory", memoryText), Part("session-logs", logsText), Part($"persona:{chosen.Name}", chosen.Content),
            Part("load", loadText)];
        return new(new SessionContextRead(new SessionContext(parts, parts.Sum(p => p.ApproxTokens), TokenEstimate), chosen.Name), loadUnavailable);
    }

    static SessionContextPart Part(string name, string content) => new(name, content, (content.Length + 3) / 4);
}
