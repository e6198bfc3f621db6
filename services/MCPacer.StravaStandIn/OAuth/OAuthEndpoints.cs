using MCPacer.Contracts.StravaApi;
using MCPacer.StravaStandIn.Api;
using MCPacer.StravaStandIn.Athlete;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace MCPacer.StravaStandIn.OAuth;

/// <summary>Strava's OAuth 2 endpoints: the consent page, the token exchange and refresh, deauthorization.</summary>
internal static class OAuthEndpoints
{
    public static RouteGroupBuilder MapOAuth(this IEndpointRouteBuilder app)
    {
        var oauth = app.MapGroup("/oauth").WithTags("OAuth");
        oauth.MapGet("/authorize", ShowAuthorizePage)
            .WithSummary("Strava's consent page: the requested scopes as checkboxes and an Authorize button");
        oauth.MapPost("/authorize", Decide)
            .DisableAntiforgery()
            .WithSummary("The consent form's answer: redirects to redirect_uri with code, scope and state (or error=access_denied)");
        oauth.MapPost("/token", ExchangeToken)
            .DisableAntiforgery()
            .WithSummary("authorization_code and refresh_token grants (form or JSON); a refresh within the token's last hour rotates both tokens");
        oauth.MapPost("/deauthorize", Deauthorize)
            .DisableAntiforgery()
            .WithSummary("Revokes the application's access: every token of the grant stops working");
        return oauth;
    }

    static async Task<Results<ContentHttpResult, JsonHttpResult<Fault>>> ShowAuthorizePage(
        HttpRequest request, AthleteGenerator athlete, IOptions<StandInOptions> options, CancellationToken cancellationToken)
    {
        var (authorize, fault) = AuthorizeRequest.Parse(await OAuthParameters.ReadAsync(request, cancellationToken), options.Value);
        return authorize is null
            ? fault!
            : TypedResults.Content(AuthorizePage.Render(authorize, $"{athlete.Athlete.Firstname} {athlete.Athlete.Lastname}"), "text/html; charset=utf-8");
    }

    static async Task<Results<RedirectHttpResult, JsonHttpResult<Fault>>> Decide(
        HttpRequest request, AthleteGenerator athlete, TokenStore tokens, IOptions<StandInOptions> options,
        CancellationToken cancellationToken)
    {
        var parameters = await OAuthParameters.ReadAsync(request, cancellationToken);
        var (authorize, fault) = AuthorizeRequest.Parse(parameters, options.Value);
        if (authorize is null)
        {
            return fault!;
        }

        var answer = new Dictionary<string, string?> { ["state"] = authorize.State ?? "" };
        if (parameters["decision"] != "authorize")
        {
            answer["error"] = "access_denied";
        }
        else
        {
            answer["code"] = tokens.IssueCode(new Grant(authorize.ClientId, athlete.Athlete.Id, authorize.Scopes));
            answer["scope"] = string.Join(',', authorize.Scopes.Order(StringComparer.Ordinal));
        }

        return TypedResults.Redirect(QueryHelpers.AddQueryString(authorize.RedirectUri, answer));
    }

    static async Task<Results<Ok<TokenResponse>, JsonHttpResult<Fault>>> ExchangeToken(
        HttpRequest request, AthleteGenerator athlete, TokenStore tokens, IOptions<StandInOptions> options,
        CancellationToken cancellationToken)
    {
        var parameters = await OAuthParameters.ReadAsync(request, cancellationToken);
        if (parameters["client_id"] is not { } clientId || clientId != options.Value.ClientId)
        {
            return StravaFaults.InvalidClient("client_id");
        }

        if (parameters["client_secret"] != options.Value.ClientSecret)
        {
            return StravaFaults.InvalidClient("client_secret");
        }

        switch (parameters["grant_type"])
        {
            case "authorization_code":
                return tokens.RedeemCode(clientId, parameters["code"] ?? "") is { } redeemed
                    ? TypedResults.Ok(redeemed.Tokens with { Athlete = athlete.Summary })
                    : StravaFaults.BadRequest("AuthorizationCode", "code");
            case "refresh_token":
                return tokens.Refresh(clientId, parameters["refresh_token"] ?? "") is { } refreshed
                    ? TypedResults.Ok(refreshed)
                    : StravaFaults.BadRequest("RefreshToken", "refresh_token");
            default:
                return StravaFaults.BadRequest("Application", "grant_type");
        }
    }

    static async Task<Results<Ok<DeauthorizeResponse>, JsonHttpResult<Fault>>> Deauthorize(
        HttpRequest request, TokenStore tokens, CancellationToken cancellationToken)
    {
        var parameters = await OAuthParameters.ReadAsync(request, cancellationToken);
        var header = request.Headers.Authorization.ToString();
        var accessToken = parameters["access_token"]
            ?? (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : "");
        return tokens.Deauthorize(accessToken)
            ? TypedResults.Ok(new DeauthorizeResponse { AccessToken = accessToken })
            : StravaFaults.InvalidToken();
    }
}
