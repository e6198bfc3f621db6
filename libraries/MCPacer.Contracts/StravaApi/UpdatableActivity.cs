using System.Text.Json.Serialization;

namespace MCPacer.Contracts.StravaApi;

/// <summary>
/// The body of <c>PUT /api/v3/activities/{id}</c> (needs the activity:write scope). Fields left null
/// are not changed.
/// </summary>
public sealed record UpdatableActivity
{
    [JsonPropertyName("name"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; init; }

    [JsonPropertyName("description"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Description { get; init; }

    [JsonPropertyName("sport_type"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SportType { get; init; }

    /// <summary>Deprecated by Strava; ignored when <see cref="SportType"/> is given too.</summary>
    [JsonPropertyName("type"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Type { get; init; }

    [JsonPropertyName("trainer"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Trainer { get; init; }

    [JsonPropertyName("commute"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Commute { get; init; }

    [JsonPropertyName("hide_from_home"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? HideFromHome { get; init; }

    [JsonPropertyName("gear_id"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? GearId { get; init; }
}
