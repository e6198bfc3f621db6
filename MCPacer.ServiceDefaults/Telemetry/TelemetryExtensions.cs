using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace MCPacer.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    const string HttpClientLogCategory = "System.Net.Http.HttpClient";
    const string PollyLogCategory = "Polly";

    /// <summary>
    /// Logs, traces and metrics through OpenTelemetry; exported over OTLP only when
    /// OTEL_EXPORTER_OTLP_ENDPOINT is set (the AppHost sets it unless the Aspire dashboard is off).
    /// </summary>
    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var telemetry = new ServiceTelemetry(builder.Environment.ApplicationName);
        builder.Services.AddSingleton(telemetry);
        builder.Services.AddSingleton<WriteTelemetry>();

        // HttpClient logs four lines per call at Information, each to the console and over OTLP; its spans already
        // say the same, and the MCP server and the dashboard make such a call for nearly every request they answer.
        // A setting for a named client ("System.Net.Http.HttpClient.plans") still turns them back on.
        builder.Logging.AddFilter(HttpClientLogCategory, LogLevel.Warning);
        // Polly logs every attempt of every resilient call at Information ("Execution attempt ... Result: '200'"); a retry
        // that matters is a Warning and stays.
        builder.Logging.AddFilter(PollyLogCategory, LogLevel.Warning);
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(telemetry.Meter.Name))
            .WithTracing(tracing => tracing
                .SetSampler(ServiceSampler.Create(TimeProvider.System))
                .AddSource(builder.Environment.ApplicationName)
                .AddSource(telemetry.ActivitySource.Name)
                .AddAspNetCoreInstrumentation(aspnet =>
                    aspnet.Filter = context => !IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation());

        if (IsOtlpConfigured(builder))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }

    public static bool IsOtlpConfigured(IHostApplicationBuilder builder) =>
        !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);

    static bool IsProbe(Microsoft.AspNetCore.Http.PathString path) =>
        path.StartsWithSegments(ServiceDefaultsExtensions.HealthPath) ||
        path.StartsWithSegments(ServiceDefaultsExtensions.AlivePath);
}

/// <summary>The service's own ActivitySource and Meter, named after the service ("MCPacer.Plans").</summary>
public sealed class ServiceTelemetry(string serviceName) : IDisposable
{
    public ActivitySource ActivitySource { get; } = new(serviceName);
    public Meter Meter { get; } = new(serviceName);

    public void Dispose()
    {
        ActivitySource.Dispose();
        Meter.Dispose();
    }
}
