using MCPacer.Contracts;
using MCPacer.Terminal.Workspace;

namespace MCPacer.Terminal.Sessions;

/// <summary>
/// Checks the persona a browser names for a coach session: a persona name, and one the coach service has. When the
/// coach service does not answer, a well-formed name is let through (the session starts; the coach's
/// get_coaching_persona tool says later if it is unknown) rather than the terminal failing with the coach.
/// </summary>
internal sealed partial class PersonaCheck(WorkspaceCoachClient coach, ILogger<PersonaCheck> logger)
{
    /// <summary>The persona's name as the coach service spells it, or the reason it is refused.</summary>
    public async Task<(string? Persona, string? Problem)> CheckAsync(string persona, CancellationToken cancellationToken)
    {
        if (!Slug.TryParse(persona, out var name))
        {
            return (null, $"'{persona}' is not a persona name: 1-{Slug.MaxLength} lowercase letters, digits, '-' or '_'.");
        }

        IReadOnlyList<string> known;
        try
        {
            known = await coach.ListPersonaNamesAsync(cancellationToken);
        }
        catch (Exception error) when (WorkspaceCoachClient.IsUnreachable(error, cancellationToken))
        {
            LogCoachUnreachable(logger, name.Value, error.Message);
            return (name.Value, null);
        }

        return known.Contains(name.Value, StringComparer.Ordinal)
            ? (name.Value, null)
            : (null, $"The coach service has no persona '{name}'; its personas are: {string.Join(", ", known)}.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The coach service did not list its personas ({Reason}); starting persona {Persona} unchecked")]
    static partial void LogCoachUnreachable(ILogger logger, string persona, string reason);
}
