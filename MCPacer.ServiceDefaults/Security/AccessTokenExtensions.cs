using MCPacer.Clients;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MCPacer.ServiceDefaults.Security;

public static class AccessTokenExtensions
{
    /// <summary>
    /// Every endpoint requires the access token unless it says AllowAnonymous (health, the calendar feed). The token is
    /// MCPacer:AccessToken, or the content of the file MCPacer:AccessTokenFile names, followed when it changes.
    /// </summary>
    public static TBuilder AddAccessToken<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        if (builder.Configuration[AccessTokenFileSource.ConfigurationKey] is { Length: > 0 } file)
        {
            builder.Configuration.Add(new AccessTokenFileSource(file));
        }

        builder.Services.AddOptions<AccessTokenOptions>()
            .BindConfiguration(AccessTokenOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddAuthentication(AccessTokenOptions.Scheme)
            .AddScheme<AuthenticationSchemeOptions, AccessTokenAuthenticationHandler>(AccessTokenOptions.Scheme, null);
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        return builder;
    }

    public static IApplicationBuilder UseAccessToken(this IApplicationBuilder app) => app
        .UseMiddleware<SameOriginMiddleware>()
        .UseAuthentication()
        .UseAuthorization();
}
