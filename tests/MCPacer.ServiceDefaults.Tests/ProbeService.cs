using MCPacer.Contracts;
using MCPacer.Events;
using MCPacer.ServiceDefaults.Security;
using MCPacer.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace MCPacer.ServiceDefaults.Tests;

/// <summary>A minimal service built exactly as every MCPacer service is, on a TestServer.</summary>
static class ProbeService
{
    public static async Task<WebApplication> StartAsync(Dictionary<string, string?>? settings = null, RedisServer? redis = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = "MCPacer.Probe" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MCPacer:AccessToken"] = ServiceFactory<object>.AccessToken,
            ["ConnectionStrings:redis"] = redis is { IsRunning: true }
                ? redis.ConnectionString
                : "127.0.0.1:1,abortConnect=false,connectTimeout=200",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? []);

        builder.AddServiceDefaults();
        builder.AddAccessToken();
        builder.AddEventBus();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseAccessToken();
        app.MapDefaultEndpoints();
        app.MapGet("/read", () => TypedResults.Ok("read"));
        app.MapPost("/write", () => TypedResults.Ok("written"));
        app.MapGet("/plans/{planId}", (Slug planId) => TypedResults.Ok(planId.Value));
        app.MapPost("/runs", (ProbeRun run) => TypedResults.Ok(run.DistanceKm));
        await app.StartAsync();
        return app;
    }
}

sealed record ProbeRun(DateOnly Date, double DistanceKm);
