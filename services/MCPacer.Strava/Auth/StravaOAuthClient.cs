using MCPacer.Strava.Client;
using System.Net;
using System.Net.Http.Json;
using MCPacer.Contracts.Strava;
using MCPacer.Contracts.StravaApi;

namespace MCPacer.Strava.Auth;

/// <summary>
/// Strava's OAuth endpoints (POST /oauth/token, POST /oauth/deauthorize). No retries here on purpose: a
/// refresh that reached Strava has already rotated the refresh token, so sending it again would fail.
/// </summary>
internal sealed class StravaOAuthClient(HttpClient http)
{
    public Task<TokenResponse> ExchangeCodeAsync(StravaAppCredentials app, string code, CancellationToken cancellationToken) =>
        PostTokenAsync(app, new Dictionary<string, string> { ["grant_type"] = "authorization_code", ["code"] = code }, cancellationToken);

    public Task<TokenResponse> RefreshAsync(StravaAppCredentials app, string refreshToken, CancellationToken cancellationToken) =>
        PostTokenAsync(app, new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken }, cancellationToken);

    /// <summary>Revokes the grant on Strava; a token Strava no longer knows counts as revoked.</summary>
    public async Task DeauthorizeAsync(string accessToken, CancellationToken cancellationToken)
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["access_token"] = accessToken });
        using var response = await SendAsync(() => http.PostAsync("/oauth/deauthorize", content, cancellationToken));
        if (!response.IsSuccessStatusCode && response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest))
        {
            throw new StravaUnavailableException($"Strava answered {(int)response.StatusCode} to the deauthorization.");
        }
    }

    async Task<TokenResponse> PostTokenAsync(StravaAppCredentials app, Dictionary<string, string> fields, CancellationToken cancellationToken)
    {
        fields["client_id"] = app.ClientId;
        fields["client_secret"] = app.ClientSecret;
        using var content = new FormUrlEncodedContent(fields);
        using var response = await SendAsync(() => http.PostAsync("/oauth/token", content, cancellationToken));

        if ((int)response.StatusCode is >= 400 and < 500)
        {
            var fault = await ReadFaultAsync(response, cancellationToken);
            throw new StravaGrantRejectedException((int)response.StatusCode, fault);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new StravaUnavailableException($"Strava answered {(int)response.StatusCode} to the token request.");
        }

        return await response.Content.ReadFromJsonAsync<TokenResponse>(StravaJson.Options, cancellationToken)
            ?? throw new StravaUnavailableException("Strava answered the token request with an empty body.");
    }

    static async Task<HttpResponseMessage> SendAsync(Func<Task<HttpResponseMessage>> send)
    {
        try
        {
            return await send();
        }
        catch (HttpRequestException e)
        {
            throw new StravaUnavailableException("Strava could not be reached for the token request.", e);
        }
        catch (TaskCanceledException e) when (e.InnerException is TimeoutException)
        {
            throw new StravaUnavailableException("Strava did not answer the token request in time.", e);
        }
    }

    static async Task<string> ReadFaultAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var fault = await response.Content.ReadFromJsonAsync<Fault>(StravaJson.Options, cancellationToken);
            var fields = string.Join(", ", fault?.Errors.Select(e => $"{e.Field} {e.Code}") ?? []);
            return $"Strava refused the grant ({(int)response.StatusCode} {fault?.Message}{(fields.Length > 0 ? ": " + fields : "")}).";
        }
        catch (System.Text.Json.JsonException)
        {
            return $"Strava refused the grant ({(int)response.StatusCode}).";
        }
    }
}
