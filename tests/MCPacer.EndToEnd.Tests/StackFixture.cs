using System.Net.Http.Headers;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.Hosting;
using MCPacer.Testing;
using TempDirectory = MCPacer.Testing.TempDirectory;

namespace MCPacer.EndToEnd.Tests;

/// <summary>
/// The real AppHost (DCP, redis-server, every service) started once for a test collection: starting takes
/// seconds and stopping about as long, so tests share it. Demo mode, a temp data root, a free gateway port, no
/// Aspire dashboard (<see cref="ObservedStackFixture"/> has one).
/// </summary>
public class StackFixture : IAsyncLifetime
{
    public static readonly string[] Services = ["redis", "strava-standin", "strava", "plans", "coach", "terminal", "mcp", "dashboard", "gateway"];
    static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    public TempDirectory DataDir { get; } = new();
    public DistributedApplication App { get; private set; } = null!;
    public string AccessToken { get; private set; } = "";
    public Uri GatewayUrl { get; private set; } = null!;
    bool _started;

    public async ValueTask InitializeAsync()
    {
        if (RequiredTool.Find("redis-server") is null)
        {
            return;
        }

        using var timeout = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.MCPacer_AppHost>(
            ["--data-dir", DataDir.Path, "--port", "0", "--demo", .. DashboardArguments], ConfigureAppHost, timeout.Token);
        // This machine's shell start-up files must not decide what the terminal tests see (a .bashrc may wait on a lock).
        var terminal = builder.Resources.OfType<IResourceWithEnvironment>().Single(r => r.Name == "terminal");
        builder.CreateResourceBuilder(terminal)
            .WithEnvironment("Terminal__Profiles__shell__Command", "/bin/bash")
            .WithEnvironment("Terminal__Profiles__shell__Arguments__0", "--noprofile")
            .WithEnvironment("Terminal__Profiles__shell__Arguments__1", "--norc");
        App = await builder.BuildAsync(timeout.Token);
        await App.StartAsync(timeout.Token);
        await Task.WhenAll(Services.Select(s => App.ResourceNotifications.WaitForResourceHealthyAsync(s, timeout.Token)));

        AccessToken = (await File.ReadAllTextAsync(Path.Combine(DataDir.Path, "access-token"), timeout.Token)).Trim();
        GatewayUrl = App.GetEndpoint("gateway", "http");
        _started = true;
    }

    protected virtual string[] DashboardArguments => ["--no-dashboard"];

    /// <summary>Settings of the AppHost itself, before it builds its resource graph.</summary>
    protected virtual void ConfigureAppHost(DistributedApplicationOptions options, HostApplicationBuilderSettings settings)
    {
    }

    /// <summary>Call first in every test: skips (or fails under .ci/run) when redis-server is missing.</summary>
    public void Require()
    {
        RequiredTool.Require("redis-server", "sudo apt-get install -y redis-server");
        Assert.True(_started, "the MCPacer stack did not start");
    }

    /// <summary>A client of the gateway as a browser or MCP client sees it: no redirects followed, no cookies kept.</summary>
    public HttpClient Gateway(bool authorized = true)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = GatewayUrl,
            Timeout = TimeSpan.FromSeconds(30),
        };
        if (authorized)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AccessToken);
        }

        return client;
    }

    public async Task<JsonElement> ResourceStateAsync(string name)
    {
        var json = await File.ReadAllTextAsync(Path.Combine(DataDir.Path, "apphost", "resources.json"));
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("resources").EnumerateArray()
            .Single(r => r.GetProperty("name").GetString() == name).Clone();
    }

    public async ValueTask DisposeAsync()
    {
        if (App is not null)
        {
            await App.DisposeAsync();
        }

        DataDir.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class StackCollection : ICollectionFixture<StackFixture>
{
    public const string Name = "MCPacer stack";
}
