using MCPacer.Contracts.Strava;
using MCPacer.Strava.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MCPacer.Strava.Api;

/// <summary>Connecting Strava: app credentials, the OAuth round trip, status, disconnect and the demo athlete.</summary>
internal static class StravaAuthApi
{
    public const string CallbackPath = "/api/strava/auth/callback";

    public static RouteGroupBuilder MapStravaAuthApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/strava/auth").WithTags("Strava connection");
        auth.MapPost("/credentials", SaveCredentials).WithSummary("Store the Strava API app's Client ID and Secret (never returned)");
        auth.MapGet("/connect", Connect).WithSummary("Redirect the browser to Strava's authorization page");
        // Strava's redirect back is a cross-site navigation without the SameSite=Strict token cookie: the OAuth
        // state, bound to the connect step's own (Lax) cookie, is what authenticates it.
        auth.MapGet("/callback", Callback).AllowAnonymous()
            .WithSummary("Strava's redirect back: checks state and scopes, exchanges the code");
        auth.MapGet("/status", Status).WithSummary("Connected? As whom, with which scopes, and whether to reconnect");
        auth.MapPost("/disconnect", Disconnect).WithSummary("Revoke the grant on Strava and delete the tokens");

        app.MapPost("/api/strava/demo/connect", ConnectDemo).WithTags("Strava connection")
            .WithSummary("Connect the stand-in's demo athlete (demo mode)");
        return auth;
    }

    static async Task<Results<Ok<StravaConnectionStatus>, ValidationProblem>> SaveCredentials(
        StravaCredentialsRequest request, StravaConnector connector, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.ClientId) || request.ClientId.Trim().Length > 32 || !request.ClientId.Trim().All(char.IsAsciiDigit))
        {
            errors[nameof(request.ClientId)] = ["The Client ID is the number shown on strava.com/settings/api (digits only)."];
        }

        if (string.IsNullOrWhiteSpace(request.ClientSecret) || request.ClientSecret.Trim().Length is < 8 or > 128
            || !request.ClientSecret.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            errors[nameof(request.ClientSecret)] = ["The Client Secret is the 40-character code shown on strava.com/settings/api."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await connector.SaveCredentialsAsync(new StravaAppCredentials(request.ClientId.Trim(), request.ClientSecret.Trim()), cancellationToken);
        return TypedResults.Ok(await connector.StatusAsync(cancellationToken));
    }

    static async Task<RedirectHttpResult> Connect(HttpContext http, StravaConnector connector, OAuthStateStore states, CancellationToken cancellationToken)
    {
        var session = http.Request.Cookies[OAuthStateStore.SessionCookie] ?? OAuthStateStore.NewSessionId();
        http.Response.Cookies.Append(OAuthStateStore.SessionCookie, session, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = PublicOrigin(http.Request).Scheme == Uri.UriSchemeHttps,
            Path = "/api/strava/auth",
            MaxAge = OAuthStateStore.Lifetime,
        });
        var authorize = await connector.AuthorizeUrlAsync(new Uri(PublicOrigin(http.Request), CallbackPath), states.Issue(session),
            StravaConnector.OpenedBy.Browser, cancellationToken);
        return TypedResults.Redirect(authorize.ToString());
    }

    static async Task<Results<ContentHttpResult, ProblemHttpResult>> Callback(
        string? code, string? scope, string? state, string? error,
        HttpContext http, StravaConnector connector, OAuthStateStore states, CancellationToken cancellationToken)
    {
        if (!states.TryConsume(state, http.Request.Cookies[OAuthStateStore.SessionCookie]))
        {
            return TypedResults.Problem(
                "The state does not match the connect request of this browser (or it expired): start again from the dashboard's Connect button.",
                statusCode: StatusCodes.Status400BadRequest, title: "OAuth state refused");
        }

        if (error is not null || string.IsNullOrEmpty(code))
        {
            return TypedResults.Problem(
                error == "access_denied" ? "You declined the authorization on Strava; nothing was connected." : $"Strava sent no code ({error ?? "no error given"}).",
                statusCode: StatusCodes.Status400BadRequest, title: "Strava did not authorize MCPacer");
        }

        var problem = await connector.CompleteAsync(code, scope, cancellationToken);
        return problem is null
            ? TypedResults.Content(ConnectedPage, "text/html; charset=utf-8")
            : TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "Strava scope missing");
    }

    /// <summary>
    /// Leads the browser on to the dashboard from a page of MCPacer's own. A redirect would not do: it would continue
    /// Strava's cross-site navigation, and the browser would send the dashboard no SameSite=Strict token cookie.
    /// </summary>
    const string ConnectedPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=/?strava=connected"><title>Strava connected</title></head>
        <body><p>Strava is connected. <a href="/?strava=connected">Back to MCPacer</a></p></body>
        </html>
        """;

    static async Task<Ok<StravaConnectionStatus>> Status(StravaConnector connector, CancellationToken cancellationToken) =>
        TypedResults.Ok(await connector.StatusAsync(cancellationToken));

    static async Task<Ok<StravaConnectionStatus>> Disconnect(StravaConnector connector, CancellationToken cancellationToken)
    {
        await connector.DisconnectAsync(cancellationToken);
        return TypedResults.Ok(await connector.StatusAsync(cancellationToken));
    }

    static async Task<Results<Ok<StravaConnectionStatus>, ProblemHttpResult>> ConnectDemo(
        DemoAthleteConnector demo, StravaConnector connector, CancellationToken cancellationToken)
    {
        var problem = await demo.ConnectAsync(cancellationToken);
        return problem is null
            ? TypedResults.Ok(await connector.StatusAsync(cancellationToken))
            : TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "The demo athlete could not be connected");
    }

    /// <summary>The origin the browser sees: the gateway's, as YARP forwards it, else this service's own.</summary>
    static Uri PublicOrigin(HttpRequest request)
    {
        var host = request.Headers["X-Forwarded-Host"].FirstOrDefault() ?? request.Host.Value ?? "localhost";
        var scheme = request.Headers["X-Forwarded-Proto"].FirstOrDefault() ?? request.Scheme;
        return new Uri($"{scheme}://{host.Split(',')[0].Trim()}");
    }
}
