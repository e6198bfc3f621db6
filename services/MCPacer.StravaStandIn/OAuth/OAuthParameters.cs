using MCPacer.StravaStandIn.Api;
using Microsoft.Extensions.Primitives;

namespace MCPacer.StravaStandIn.OAuth;

/// <summary>OAuth parameters from the body (a form or, as Strava also accepts, a JSON object) or the query string.</summary>
internal sealed class OAuthParameters(IFormCollection body, IQueryCollection query)
{
    public string? this[string name] => All(name).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    public StringValues All(string name) => body.TryGetValue(name, out var values) ? values : query[name];

    public static async Task<OAuthParameters> ReadAsync(HttpRequest request, CancellationToken cancellationToken) =>
        new(await RequestBody.ReadAsync(request, cancellationToken) ?? FormCollection.Empty, request.Query);
}
