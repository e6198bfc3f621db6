using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using MCPacer.Contracts.StravaApi;
using MCPacer.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MCPacer.StravaStandIn.Tests;

/// <summary>
/// The stand-in over real HTTP, its "today" and clock pinned: Wednesday 2026-11-25 (week 9 of the demo
/// build), 20:00 in Berlin. Settings may be changed before the first client is created.
/// </summary>
public sealed class StandInHost : ServiceFactory<Program>
{
    public static readonly DateOnly Today = new(2026, 11, 25);
    public const string RedirectUri = "http://localhost/strava/callback";

    public StandInHost(int seed = 42, int historyDays = 120)
    {
        Settings["StandIn:Today"] = Today.ToString("O");
        Settings["StandIn:Seed"] = seed.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Settings["StandIn:HistoryDays"] = historyDays.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 19, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>A client that does not follow redirects, to read where the authorize form sends the browser.</summary>
    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Posts the authorize form with the given scopes ticked; the redirect's query parameters.</summary>
    public async Task<Dictionary<string, string>> AuthorizeAsync(string scopes, string state = "state-123")
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("client_id", "1001"), new("redirect_uri", RedirectUri), new("response_type", "code"),
            new("state", state), new("decision", "authorize"),
        };
        form.AddRange(scopes.Split(',').Select(scope => new KeyValuePair<string, string>("scope", scope)));
        var response = await CreateBrowser().PostAsync("/oauth/authorize", new FormUrlEncodedContent(form), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(RedirectUri + "?", location.ToString());
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(location.Query)
            .ToDictionary(p => p.Key, p => p.Value.ToString());
    }

    public async Task<HttpResponseMessage> PostTokenAsync(params (string Name, string Value)[] parameters)
    {
        var form = new List<KeyValuePair<string, string>> { new("client_id", "1001"), new("client_secret", "standin-demo-secret") };
        form.AddRange(parameters.Select(p => new KeyValuePair<string, string>(p.Name, p.Value)));
        return await CreateClient().PostAsync("/oauth/token", new FormUrlEncodedContent(form), TestContext.Current.CancellationToken);
    }

    /// <summary>The whole OAuth dance: authorize with these scopes and exchange the code.</summary>
    public async Task<TokenResponse> ConnectAsync(string scopes = StravaScopes.Requested)
    {
        var redirect = await AuthorizeAsync(scopes);
        var response = await PostTokenAsync(("grant_type", "authorization_code"), ("code", redirect["code"]));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenResponse>(TestContext.Current.CancellationToken))!;
    }

    public HttpClient CreateApiClient(string accessToken)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public async Task<HttpClient> ConnectedClientAsync(string scopes = StravaScopes.Requested) =>
        CreateApiClient((await ConnectAsync(scopes)).AccessToken);
}

/// <summary>One stand-in shared by the tests of a class that only read (or write what no other test reads).</summary>
public sealed class SharedStandIn : IDisposable
{
    public StandInHost StandIn { get; } = new();

    public void Dispose() => StandIn.Dispose();
}
