using System.Reflection;
using MCPacer.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace MCPacer.ServiceDefaults;

public static class ServiceStatusEndpoint
{
    static readonly DateTimeOffset StartedAt = DateTimeOffset.UtcNow;

    /// <summary>GET {prefix}/status: which service answers and since when; proves the route through the gateway.</summary>
    public static RouteHandlerBuilder MapServiceStatus(this IEndpointRouteBuilder app, string prefix) =>
        app.MapGet($"{prefix}/status", (IHostEnvironment environment) => TypedResults.Ok(new ServiceStatus(
                environment.ApplicationName,
                Assembly.GetEntryAssembly()?.GetName().Version?.ToString() ?? "0.0.0",
                StartedAt)))
            .WithName("GetServiceStatus")
            .WithSummary("Which service answers, its version and when it started");
}
