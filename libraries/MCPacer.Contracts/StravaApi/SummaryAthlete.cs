using System.Text.Json.Serialization;

namespace MCPacer.Contracts.StravaApi;

/// <summary>
/// Strava's SummaryAthlete, as the token exchange returns it (resource_state 2); <c>GET /api/v3/athlete</c>
/// returns the <see cref="DetailedAthlete"/>.
/// </summary>
public record SummaryAthlete
{
    [JsonPropertyName("id")] public long Id { get; init; }
    [JsonPropertyName("resource_state")] public int ResourceState { get; init; } = 2;
    [JsonPropertyName("username")] public string? Username { get; init; }
    [JsonPropertyName("firstname")] public string Firstname { get; init; } = "";
    [JsonPropertyName("lastname")] public string Lastname { get; init; } = "";
    [JsonPropertyName("city")] public string? City { get; init; }
    [JsonPropertyName("state")] public string? State { get; init; }
    [JsonPropertyName("country")] public string? Country { get; init; }

    /// <summary>"M" or "F".</summary>
    [JsonPropertyName("sex")] public string? Sex { get; init; }
    [JsonPropertyName("premium")] public bool Premium { get; init; }
    [JsonPropertyName("summit")] public bool Summit { get; init; }

    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(StravaUtcTimeConverter))]
    public DateTimeOffset CreatedAt { get; init; }

    [JsonPropertyName("updated_at")]
    [JsonConverter(typeof(StravaUtcTimeConverter))]
    public DateTimeOffset UpdatedAt { get; init; }

    [JsonPropertyName("profile_medium")] public string? ProfileMedium { get; init; }
    [JsonPropertyName("profile")] public string? Profile { get; init; }
    [JsonPropertyName("badge_type_id")] public int BadgeTypeId { get; init; }

    /// <summary>The authenticated athlete's relation to this one ("pending", "accepted", ...); null for oneself.</summary>
    [JsonPropertyName("friend")] public string? Friend { get; init; }
    [JsonPropertyName("follower")] public string? Follower { get; init; }
}
