using System.Text.Json.Serialization;

namespace MCPacer.Contracts.StravaApi;

/// <summary>Strava's answer to <c>POST /oauth/deauthorize</c>: the access token that was revoked.</summary>
public sealed record DeauthorizeResponse
{
    [JsonPropertyName("access_token")] public string AccessToken { get; init; } = "";
}
