using Microsoft.Extensions.Primitives;

namespace MCPacer.StravaStandIn.OAuth;

/// <summary>OAuth parameters from the form body or, as Strava also accepts, the query string.</summary>
public sealed class OAuthParameters(IFormCollection form, IQueryCollection query)
{
    public string? this[string name] => All(name).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    public StringValues All(string name) => form.TryGetValue(name, out var values) ? values : query[name];

    public static async Task<OAuthParameters> ReadAsync(HttpRequest request, CancellationToken cancellationToken) =>
        new(request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : FormCollection.Empty, request.Query);
}
