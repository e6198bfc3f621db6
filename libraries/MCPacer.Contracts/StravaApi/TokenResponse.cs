using System.Text.Json.Serialization;

namespace MCPacer.Contracts.StravaApi;

/// <summary>
/// Strava's answer to <c>POST /oauth/token</c>. <see cref="ExpiresAt"/> is Unix seconds; the athlete is
/// included only for the authorization_code grant. A refresh returns a new refresh token and the old one
/// stops working, so the new one must be stored before it is used.
/// </summary>
public sealed record TokenResponse
{
    [JsonPropertyName("token_type")] public string TokenType { get; init; } = "Bearer";
    [JsonPropertyName("access_token")] public string AccessToken { get; init; } = "";
    [JsonPropertyName("refresh_token")] public string RefreshToken { get; init; } = "";
    [JsonPropertyName("expires_at")] public long ExpiresAt { get; init; }
    [JsonPropertyName("expires_in")] public int ExpiresIn { get; init; }

    [JsonPropertyName("athlete")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SummaryAthlete? Athlete { get; init; }
}
