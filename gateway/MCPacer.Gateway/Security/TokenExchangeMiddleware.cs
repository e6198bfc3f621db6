using MCPacer.Clients;
using MCPacer.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Options;

namespace MCPacer.Gateway.Security;

/// <summary>
/// The ready line's link carries the token once (/?token=T): it becomes an HttpOnly, SameSite=Strict
/// cookie and the browser is redirected so the token leaves the address bar and its history.
/// </summary>
internal sealed class TokenExchangeMiddleware(RequestDelegate next, IOptionsMonitor<AccessTokenOptions> options)
{
    const string QueryKey = "token";

    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Query.TryGetValue(QueryKey, out var presented))
        {
            return next(context);
        }

        if (!AccessTokenAuthenticationHandler.Matches(presented.ToString(), options.CurrentValue.AccessToken))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return context.Response.WriteAsJsonAsync(new { title = "That link's token is not this install's access token.", status = 401 });
        }

        context.Response.Cookies.Append(AccessTokenOptions.CookieName, presented.ToString(), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Path = "/",
            IsEssential = true,
            MaxAge = TimeSpan.FromDays(365),
        });

        var query = new QueryBuilder(context.Request.Query.Where(q => q.Key != QueryKey));
        context.Response.Redirect($"{context.Request.PathBase}{context.Request.Path}{query.ToQueryString()}");
        return Task.CompletedTask;
    }
}

internal static class TokenExchangeExtensions
{
    public static IApplicationBuilder UseTokenExchange(this IApplicationBuilder app) => app.UseMiddleware<TokenExchangeMiddleware>();
}
