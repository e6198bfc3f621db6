using System.Net;
using System.Net.Sockets;
using MCPacer.AppHost.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MCPacer.EndToEnd.Tests.Observability;

/// <summary>The words the Aspire dashboard's health column shows for a service, checked against real sockets (no stack needed).</summary>
public sealed class ServiceHealthCheckTests
{
    CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_service_that_is_not_listening_is_said_to_be_starting_stopped_or_crashed()
    {
        var closed = ClosedPort();
        var check = new ServiceHealthCheck("plans", () => new Uri($"http://127.0.0.1:{closed}"));

        var result = await check.CheckHealthAsync(new HealthCheckContext(), Ct);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal($"plans is not listening on 127.0.0.1:{closed}: it is starting, stopped or crashed (see its console logs)", result.Description);
    }

    [Fact]
    public async Task A_service_whose_own_check_failed_is_said_to_answer_503_with_the_check_named()
    {
        await using var service = await StartAsync(HttpStatusCode.ServiceUnavailable, "Unhealthy: StackExchange.Redis");
        var check = new ServiceHealthCheck("coach", () => new Uri(service.Urls.First()));

        var result = await check.CheckHealthAsync(new HealthCheckContext(), Ct);

        Assert.Equal("coach answers 503 to /health (Unhealthy: StackExchange.Redis); its structured logs say why", result.Description);
    }

    [Fact]
    public async Task A_service_that_answers_2xx_is_healthy_and_one_without_a_port_is_not_started()
    {
        await using var service = await StartAsync(HttpStatusCode.OK, "Healthy");

        var healthy = await new ServiceHealthCheck("mcp", () => new Uri(service.Urls.First())).CheckHealthAsync(new HealthCheckContext(), Ct);
        var unstarted = await new ServiceHealthCheck("mcp", () => null).CheckHealthAsync(new HealthCheckContext(), Ct);

        Assert.Equal(HealthStatus.Healthy, healthy.Status);
        Assert.Equal("mcp has no port yet: it has not been started", unstarted.Description);
    }

    static async Task<WebApplication> StartAsync(HttpStatusCode status, string body)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/health", () => Results.Text(body, statusCode: (int)status));
        await app.StartAsync();
        return app;
    }

    static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
