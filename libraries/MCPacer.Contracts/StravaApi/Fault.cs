using System.Text.Json.Serialization;

namespace MCPacer.Contracts.StravaApi;

/// <summary>
/// Strava's error body (401, 403, 404, 429, ...): <c>{"message":"Authorization Error","errors":[{"resource":
/// "Athlete","field":"access_token","code":"invalid"}]}</c>.
/// </summary>
public sealed record Fault
{
    [JsonPropertyName("message")] public string Message { get; init; } = "";
    [JsonPropertyName("errors")] public IReadOnlyList<FaultError> Errors { get; init; } = [];
}

/// <summary>One entry of <see cref="Fault.Errors"/>: which resource and field, and what is wrong (invalid, missing, exceeded).</summary>
public sealed record FaultError
{
    [JsonPropertyName("resource")] public string Resource { get; init; } = "";
    [JsonPropertyName("field")] public string Field { get; init; } = "";
    [JsonPropertyName("code")] public string Code { get; init; } = "";
}
