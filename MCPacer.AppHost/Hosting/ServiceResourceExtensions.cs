using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MCPacer.AppHost.Hosting;

internal static class ServiceResourceExtensions
{
    public const string HealthPath = "/health";

    /// <summary>
    /// One MCPacer service: an HTTP endpoint on 127.0.0.1 that the service binds itself (no DCP proxy hop,
    /// and a stopped service refuses connections at once, so the gateway answers 503 instead of waiting),
    /// the /health check Aspire waits on (<see cref="ServiceHealthCheck"/>, which words what is wrong), telemetry to the Aspire dashboard, and in run mode the data root and an
    /// end to the service when DCP, its parent, is gone (see <see cref="SupervisionExtensions"/>), and the athlete's time
    /// zone when --time-zone gives one (every service counts the athlete's dates in it).
    /// A <paramref name="publicPort"/> fixes the port (the gateway: the runner's bookmark stays valid).
    /// </summary>
    public static IResourceBuilder<ServiceResource> AddService<TProject>(
        this IDistributedApplicationBuilder builder, string name, MCPacerOptions options, int? publicPort = null)
        where TProject : IProjectMetadata, new()
    {
        var resource = new ServiceResource(name, new TProject().ProjectPath);
        var service = builder.AddResource(resource)
            .WithHttpEndpoint(port: publicPort, isProxied: false, name: ServiceResource.EndpointName)
            .WithEnvironment("ASPNETCORE_URLS", ReferenceExpression.Create(
                $"http://127.0.0.1:{resource.HttpEndpoint.Property(EndpointProperty.TargetPort)}"))
            .WithOtlpExporter()
            .WithHealthCheck(HealthCheckKey(name))
            .WithManifestPublishingCallback(context => WriteProjectAsync(context, resource));
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(HealthCheckKey(name),
            _ => new ServiceHealthCheck(name, () => resource.HttpEndpoint.IsAllocated ? new Uri(resource.HttpEndpoint.Url) : null),
            failureStatus: null, tags: null));

        if (builder.ExecutionContext.IsRunMode)
        {
            service.WithArgs(BuildOutput(resource.ProjectPath))
                .WithEnvironment("DOTNET_ENVIRONMENT", builder.Environment.EnvironmentName)
                .WithEnvironment("MCPacer__DataDir", options.DataDir)
                .WithEnvironment("MCPacer__ExitWithParent", "true")
                // The GC lets gen0 grow to about the L3 cache's size before it collects (25 MB per process on a 32 MB
                // L3), memory eight mostly idle services hold at once; 4 MB costs more, cheaper gen0 collections. The
                // runtime reads this setting from the environment only (runtimeconfig.json has no key for it).
                .WithEnvironment("DOTNET_GCgen0size", "0x400000")
                // Aspire has the services export metrics every second; collecting and sending every instrument that
                // often was a tenth of a busy service's CPU. The dashboard's charts move every 5 s instead.
                .WithEnvironment("OTEL_METRIC_EXPORT_INTERVAL", "5000");
            if (options.TimeZone is { } timeZone)
            {
                service.WithEnvironment("MCPacer__TimeZone", timeZone);
            }
        }

        return service;
    }

    static string HealthCheckKey(string name) => $"{name}-health";

    /// <summary>--demo: the service connects to the Strava stand-in's demo athlete instead of waiting for a runner.</summary>
    public static IResourceBuilder<ServiceResource> WithDemo(
        this IResourceBuilder<ServiceResource> service, string settingKey, MCPacerOptions options) =>
        options.Demo ? service.WithEnvironment(settingKey.Replace(":", "__"), "true") : service;

    /// <summary>
    /// --demo: the runner's browser finds the stand-in's authorization page at http://localhost:PORT, a site other than
    /// the gateway's 127.0.0.1 as strava.com is, so that connecting in a browser crosses sites as it does with Strava.
    /// </summary>
    public static IResourceBuilder<ServiceResource> WithDemoAuthorizePage(
        this IResourceBuilder<ServiceResource> service, IResourceBuilder<ServiceResource> standIn, MCPacerOptions options) =>
        options.Demo
            ? service.WithEnvironment("Strava__AuthorizeBaseUrl",
                ReferenceExpression.Create($"http://localhost:{standIn.Resource.HttpEndpoint.Property(EndpointProperty.Port)}"))
            : service;

    /// <summary>
    /// --demo: Strava's rate-limit windows pass <see cref="MCPacerOptions.DemoStravaTimeScale"/> times faster. The
    /// stand-in and the strava service get the same scale, so both count the same (short) windows.
    /// </summary>
    public static IResourceBuilder<ServiceResource> WithDemoStravaTimeScale(
        this IResourceBuilder<ServiceResource> service, string settingKey, MCPacerOptions options) =>
        options.Demo
            ? service.WithEnvironment(settingKey.Replace(":", "__"), MCPacerOptions.DemoStravaTimeScale.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : service;

    /// <summary>bin/&lt;Configuration&gt;/net&lt;version&gt;/&lt;Project&gt;.dll, built with the AppHost (it references every service).</summary>
    static string BuildOutput(string projectPath)
    {
        var configuration = typeof(ServiceResourceExtensions).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var framework = $"net{Environment.Version.Major}.{Environment.Version.Minor}";
        var assembly = Path.Combine(Path.GetDirectoryName(projectPath)!, "bin", configuration, framework,
            Path.GetFileNameWithoutExtension(projectPath) + ".dll");
        return File.Exists(assembly)
            ? assembly
            : throw new FileNotFoundException($"{assembly} is missing: build the solution ({configuration}) before starting the AppHost.");
    }

    static async Task WriteProjectAsync(Aspire.Hosting.Publishing.ManifestPublishingContext context, ServiceResource service)
    {
        context.Writer.WriteString("type", "project.v0");
        context.Writer.WriteString("path", context.GetManifestRelativePath(service.ProjectPath));
        await context.WriteEnvironmentVariablesAsync(service);
        context.WriteBindings(service);
    }
}
