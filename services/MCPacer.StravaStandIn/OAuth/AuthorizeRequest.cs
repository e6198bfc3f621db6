using MCPacer.Contracts.StravaApi;
using MCPacer.StravaStandIn.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MCPacer.StravaStandIn.OAuth;

/// <summary>The parameters of <c>/oauth/authorize</c> (query on GET, form on POST), validated once for both.</summary>
internal sealed record AuthorizeRequest(string ClientId, string RedirectUri, string? State, IReadOnlySet<string> Scopes)
{
    /// <summary>Parses and checks the parameters; the fault names the first field at fault.</summary>
    public static (AuthorizeRequest? Request, JsonHttpResult<Fault>? Fault) Parse(OAuthParameters parameters, StandInOptions app)
    {
        var clientId = app.ClientId;
        if (parameters["client_id"] != clientId)
        {
            return (null, StravaFaults.BadRequest("Application", "client_id"));
        }

        if (!Uri.TryCreate(parameters["redirect_uri"], UriKind.Absolute, out var redirect) || redirect.Scheme is not ("http" or "https")
            || !IsInCallbackDomain(redirect.Host, app.CallbackDomain))
        {
            return (null, StravaFaults.BadRequest("Application", "redirect_uri"));
        }

        if (parameters["response_type"] is { } responseType && responseType != "code")
        {
            return (null, StravaFaults.BadRequest("Application", "response_type"));
        }

        var scopes = StravaScopes.Parse(parameters.All("scope").ToString());
        if (scopes.Count == 0)
        {
            scopes = StravaScopes.Parse(StravaScopes.Read);
        }

        return scopes.All(StravaScopes.All.Contains)
            ? (new AuthorizeRequest(clientId, redirect.ToString(), parameters["state"], scopes), null)
            : (null, StravaFaults.BadRequest("Authorize", "scope"));
    }

    /// <summary>
    /// Strava's check against the app's "Authorization Callback Domain": that host or one under it; localhost and
    /// 127.0.0.1 are always allowed, for development.
    /// </summary>
    static bool IsInCallbackDomain(string host, string domain) =>
        host is "localhost" or "127.0.0.1"
        || host.Equals(domain, StringComparison.OrdinalIgnoreCase)
        || host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase);
}
