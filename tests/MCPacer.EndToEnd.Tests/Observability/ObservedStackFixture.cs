using System.Net;
using System.Net.Sockets;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace MCPacer.EndToEnd.Tests.Observability;

/// <summary>
/// The stack with the Aspire dashboard on: every service exports its telemetry to it, and the dashboard's telemetry
/// API answers to the key the AppHost generated for it (AppHost:DashboardApiKey in the AppHost's configuration). Its
/// addresses are free loopback ports, so that it never collides with a stack someone runs beside the tests.
/// </summary>
public sealed class ObservedStackFixture : StackFixture
{
    /// <summary>The key the AppHost generated for the dashboard's telemetry API, from its configuration.</summary>
    public string DashboardApiKey => AppHostSetting("AppHost:DashboardApiKey");

    /// <summary>What the dashboard's login link carries.</summary>
    public string BrowserToken => AppHostSetting("AppHost:BrowserToken");

    /// <summary>Where the dashboard answers once started (the tests' DCP picks its port, whatever ASPNETCORE_URLS says).</summary>
    public Uri DashboardUrl => App.GetEndpoint("aspire-dashboard", "http");

    protected override string[] DashboardArguments => [];

    protected override void ConfigureAppHost(DistributedApplicationOptions options, HostApplicationBuilderSettings settings)
    {
        options.DisableDashboard = false;
        options.AllowUnsecuredTransport = true;
        settings.Configuration ??= new ConfigurationManager();
        settings.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{FreePort()}",
            ["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = $"http://127.0.0.1:{FreePort()}",
            ["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true",
        });
    }

    string AppHostSetting(string key) =>
        App.Services.GetRequiredService<IConfiguration>()[key] ?? throw new InvalidOperationException($"the AppHost has no {key}");

    public DashboardTelemetry Telemetry() => new(DashboardUrl, DashboardApiKey);

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class ObservedStackCollection : ICollectionFixture<ObservedStackFixture>
{
    public const string Name = "MCPacer stack with the Aspire dashboard";
}
