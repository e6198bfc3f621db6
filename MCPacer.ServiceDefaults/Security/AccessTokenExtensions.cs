using MCPacer.Clients;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MCPacer.ServiceDefaults.Security;

public static class AccessTokenExtensions
{
    /// <summary>Every endpoint requires the access token unless it says AllowAnonymous (health, the calendar feed).</summary>
    public static TBuilder AddAccessToken<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
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
