using System.Text.Json.Serialization;

namespace MCPacer.Contracts.StravaApi;

/// <summary>Strava's athlete (SummaryAthlete; <c>GET /api/v3/athlete</c> returns the same fields and more).</summary>
public sealed record SummaryAthlete
{
    [JsonPropertyName("id")] public long Id { get; init; }
    [JsonPropertyName("resource_state")] public int ResourceState { get; init; } = 2;
    [JsonPropertyName("username")] public string? Username { get; init; }
    [JsonPropertyName("firstname")] public string Firstname { get; init; } = "";
    [JsonPropertyName("lastname")] public string Lastname { get; init; } = "";
    [JsonPropertyName("bio")] public string? Bio { get; init; }
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

    /// <summary>Kilograms.</summary>
    [JsonPropertyName("weight")] public double? Weight { get; init; }
    [JsonPropertyName("profile_medium")] public string? ProfileMedium { get; init; }
    [JsonPropertyName("profile")] public string? Profile { get; init; }

    /// <summary>"meters" or "feet".</summary>
    [JsonPropertyName("measurement_preference")] public string? MeasurementPreference { get; init; }
}
