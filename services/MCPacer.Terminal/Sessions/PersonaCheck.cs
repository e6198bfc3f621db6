using MCPacer.Clients;
using MCPacer.Contracts;
using Microsoft.Extensions.Options;

namespace MCPacer.Terminal.Sessions;

/// <summary>
/// Checks the persona a browser names for a coach session: a persona name, and one the coach service has. When the
/// coach service does not answer, a well-formed name is let through (the session starts; the coach's
/// get_coaching_persona tool says later if it is unknown) rather than the terminal failing with the coach.
/// </summary>
internal sealed partial class PersonaCheck(CoachClient coach, IOptions<TerminalOptions> options, TimeProvider time, ILogger<PersonaCheck> logger)
{
    /// <summary>The persona's name as the coach service spells it, or the reason it is refused.</summary>
    public async Task<(string? Persona, string? Problem)> CheckAsync(string persona, CancellationToken cancellationToken)
    {
        if (!Slug.TryParse(persona, out var name))
        {
            return (null, $"'{persona}' is not a persona name: 1-{Slug.MaxLength} lowercase letters, digits, '-' or '_'.");
        }

        var answer = await BoundedCall.RunAsync(CoachClient.ServiceName, options.Value.CoachTimeout, coach.ListPersonasAsync, time, cancellationToken);
        if (answer.Value is not { } personas)
        {
            LogCoachUnreachable(logger, name.Value, answer.Missing);
            return (name.Value, null);
        }

        return personas.Any(p => p.Name == name.Value)
            ? (name.Value, null)
            : (null, $"The coach service has no persona '{name}'; its personas are: {string.Join(", ", personas.Select(p => p.Name))}.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The coach service did not list its personas ({Reason}); starting persona {Persona} unchecked")]
    static partial void LogCoachUnreachable(ILogger logger, string persona, string? reason);
}
