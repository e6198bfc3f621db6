using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace MCPacer.Strava.Tests;

/// <summary>
/// The runner's browser in the OAuth round trip: keeps the strava service's cookie, follows connect to
/// the stand-in's consent page, answers it (with the boxes it chooses), and brings the redirect back.
/// </summary>
public sealed class StravaBrowser(StravaHost service, StandIn standIn)
{
    readonly HttpClient _service = Authorized(service.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }));
    // Strava's redirect back is a cross-site navigation: the browser sends no SameSite=Strict access token cookie.
    readonly HttpClient _returningFromStrava = service.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
    readonly HttpClient _strava = standIn.CreateClient(new() { AllowAutoRedirect = false });
    string? _cookie;

    static HttpClient Authorized(HttpClient client)
    {
        client.DefaultRequestHeaders.Authorization = new("Bearer", StravaHost.AccessToken);
        return client;
    }

    public Uri? AuthorizeUrl { get; private set; }

    public async Task<Uri> ConnectAsync()
    {
        var response = await _service.GetAsync("/api/strava/auth/connect", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        _cookie = response.Headers.GetValues(HeaderNames.SetCookie).Select(c => c.Split(';')[0]).Single();
        AuthorizeUrl = response.Headers.Location!;
        var page = await _strava.GetAsync(AuthorizeUrl.PathAndQuery, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return AuthorizeUrl;
    }

    /// <summary>Clicks Authorize with these scopes ticked; returns the redirect back to MCPacer's callback.</summary>
    public async Task<Uri> AuthorizeAsync(params string[] scopes)
    {
        var query = QueryHelpers.ParseQuery(AuthorizeUrl!.Query);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("client_id", query["client_id"]!), new("redirect_uri", query["redirect_uri"]!),
            new("response_type", "code"), new("state", query["state"]!), new("decision", "authorize"),
        };
        fields.AddRange(scopes.Select(s => new KeyValuePair<string, string>("scope", s)));
        var response = await _strava.PostAsync("/oauth/authorize", new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!;
    }

    /// <summary>
    /// Follows Strava's redirect to the callback with this browser's connect cookie (or another one), and without the
    /// access token, which a browser leaves out of a navigation coming from another site.
    /// </summary>
    public Task<HttpResponseMessage> CallbackAsync(Uri redirect, string? cookie = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, redirect.PathAndQuery);
        request.Headers.Add(HeaderNames.Cookie, cookie ?? _cookie!);
        return _returningFromStrava.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
