using MCPacer.Clients;
using MCPacer.ServiceDefaults.Lifetime;
using MCPacer.ServiceDefaults.Problems;
using MCPacer.ServiceDefaults.Telemetry;
using MCPacer.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;

namespace Microsoft.Extensions.Hosting;

/// <summary>What every service shares: telemetry, health, service discovery and resilience (the access token is AddAccessToken).</summary>
public static class ServiceDefaultsExtensions
{
    public const string HealthPath = "/health";
    public const string AlivePath = "/alive";
    const string LiveTag = "live";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton(DataRoot.FromConfiguration(builder.Configuration));
        if (builder.Configuration.GetValue<bool>(ParentProcessWatch.SettingKey))
        {
            builder.Services.AddHostedService<ParentProcessWatch>();
        }

        // Unreadable route values and bodies throw in every environment, so that one handler can say which parameter.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.AddExceptionHandler<DataFolderExceptionHandler>();

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler(resilience => resilience.Retry.NotWhenToldWhen());
            http.AddServiceDiscovery();
        });

        return builder;
    }

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        return builder;
    }

    /// <summary>
    /// Maps /health (every check, Redis included; the answer names the checks that failed, never their details) and
    /// /alive (the process answers), both without the token.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(HealthPath, new HealthCheckOptions { ResponseWriter = WriteFailedChecks }).AllowAnonymous().WithName("GetHealth");
        app.MapHealthChecks(AlivePath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag) })
            .AllowAnonymous().WithName("GetAlive");
        return app;
    }

    static Task WriteFailedChecks(Microsoft.AspNetCore.Http.HttpContext context, HealthReport report)
    {
        var failed = report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).Select(e => e.Key).ToList();
        context.Response.ContentType = "text/plain; charset=utf-8";
        return Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(context.Response,
            failed.Count == 0 ? report.Status.ToString() : $"{report.Status}: {string.Join(", ", failed)}");
    }
}
