using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using MCPacer.Clients;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MCPacer.ServiceDefaults.Security;

/// <summary>Accepts the access token as <c>Authorization: Bearer</c> or as the gateway's HttpOnly cookie.</summary>
public sealed class AccessTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<AccessTokenOptions> token)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    static readonly ClaimsPrincipal Runner = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "runner")], AccessTokenOptions.Scheme));

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = PresentedToken();
        if (presented is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        return Task.FromResult(Matches(presented, token.CurrentValue.AccessToken)
            ? AuthenticateResult.Success(new AuthenticationTicket(Runner, AccessTokenOptions.Scheme))
            : AuthenticateResult.Fail("The access token does not match."));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Response.WriteAsJsonAsync(new
        {
            title = "The MCPacer access token is missing or wrong.",
            detail = "Open the address the AppHost printed (it ends in ?token=...), or send Authorization: Bearer <token> from <data-dir>/access-token.",
            status = 401,
        });
    }

    string? PresentedToken()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        return Request.Cookies.TryGetValue(AccessTokenOptions.CookieName, out var cookie) ? cookie : null;
    }

    public static bool Matches(string presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));
}
