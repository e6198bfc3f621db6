using System.Text.Json.Serialization;

namespace MCPacer.Contracts.Coach;

/// <summary>Where a persona comes from: shipped with the service, the runner's own file, or the runner's file replacing a shipped one.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PersonaSource>))]
public enum PersonaSource
{
    Default,
    User,
    UserOverride,
}

public sealed record PersonaSummary(string Name, string Title, PersonaSource Source, bool Preferred);

/// <summary>A persona's Markdown with the shared coaching guidelines appended.</summary>
public sealed record Persona(string Name, string Title, PersonaSource Source, bool Preferred, string Content);
