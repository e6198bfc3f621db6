using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MCPacer.ServiceDefaults.Telemetry;
using OpenTelemetry.Trace;

namespace MCPacer.ServiceDefaults.Tests;

/// <summary>A fake OTLP/HTTP collector on loopback: telemetry must reach it only when the AppHost points a service at it.</summary>
public sealed class TelemetryTests
{
    const int DefaultOtlpHttpPort = 4318;

    [Fact]
    public async Task Traces_and_logs_are_exported_over_otlp_when_the_endpoint_is_set()
    {
        await using var collector = await Collector.StartAsync(port: 0);
        var app = await ProbeService.StartAsync(new()
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Url,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        });

        await SendTrafficAsync(app);
        // Spans are batched; shutting down flushes them, but only once the request's span has ended.
        Assert.True(app.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000), "the trace exporter did not flush");
        await app.DisposeAsync();

        Assert.Contains("/v1/traces", collector.Paths);
        Assert.Contains("/v1/logs", collector.Paths);
    }

    [Fact]
    public async Task Nothing_is_exported_when_no_endpoint_is_set()
    {
        // Were an exporter added anyway, it would send to the protocol's default port on localhost.
        await using var collector = await Collector.StartAsync(DefaultOtlpHttpPort);
        var app = await ProbeService.StartAsync(new() { ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf" });

        await SendTrafficAsync(app);
        await app.DisposeAsync();

        Assert.Empty(collector.Paths);
    }

    [Fact]
    public async Task HttpClient_logs_only_warnings_unless_a_setting_names_the_client()
    {
        await using var app = await ProbeService.StartAsync(new()
        {
            ["Logging:LogLevel:System.Net.Http.HttpClient.plans"] = "Information",
        });
        var loggers = app.Services.GetRequiredService<ILoggerFactory>();

        var coach = loggers.CreateLogger("System.Net.Http.HttpClient.coach.LogicalHandler");
        Assert.False(coach.IsEnabled(LogLevel.Information), "HttpClient's per-call lines are on");
        Assert.True(coach.IsEnabled(LogLevel.Warning));
        Assert.True(loggers.CreateLogger("System.Net.Http.HttpClient.plans.ClientHandler").IsEnabled(LogLevel.Information),
            "a setting for one named client must turn its lines back on");
        Assert.True(loggers.CreateLogger("MCPacer.Plans").IsEnabled(LogLevel.Information), "the services' own logs must stay on");
    }

    static async Task SendTrafficAsync(WebApplication app)
    {
        var client = app.GetTestClient();
        client.DefaultRequestHeaders.Add("Authorization", "Bearer " + MCPacer.Testing.ServiceFactory<object>.AccessToken);
        using var response = await client.GetAsync("/read", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("probe").LogWarning("a log line worth exporting");
        using var span = app.Services.GetRequiredService<ServiceTelemetry>().ActivitySource.StartActivity("probe work");
        Assert.NotNull(span);
    }

    sealed class Collector(WebApplication app, ConcurrentBag<string> paths) : IAsyncDisposable
    {
        public string Url { get; } = app.Urls.First();
        public IReadOnlyCollection<string> Paths => paths;

        public static async Task<Collector> StartAsync(int port)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            var paths = new ConcurrentBag<string>();
            app.Run(context =>
            {
                paths.Add(context.Request.Path);
                return Task.CompletedTask;
            });
            await app.StartAsync();
            return new Collector(app, paths);
        }

        public ValueTask DisposeAsync() => app.DisposeAsync();
    }
}
