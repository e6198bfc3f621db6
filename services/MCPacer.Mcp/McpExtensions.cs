using MCPacer.Mcp.Clients;
using MCPacer.Mcp.Tools;
using MCPacer.ServiceDefaults.Security;
using Microsoft.Extensions.Http.Resilience;

namespace MCPacer.Mcp;

public static class McpExtensions
{
    /// <summary>A slow service must not hold the model up: past this, the tool says which service is not answering.</summary>
    static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);
    static readonly TimeSpan TotalTimeout = TimeSpan.FromSeconds(25);

    /// <summary>The MCP server (stateless streamable HTTP) with its tools, prompts and resources, and the typed clients they call.</summary>
    public static TBuilder AddMcpServerFeatures<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddServiceClient<CoachClient>("coach").WithToolTimeouts();
        builder.Services.AddServiceClient<PlansClient>("plans").WithToolTimeouts();
        builder.Services.AddServiceClient<StravaClient>("strava").WithToolTimeouts();

        builder.Services.AddMcpServer()
            .WithHttpTransport(http => http.Stateless = true)
            .WithRequestFilters(filters => filters.AddCallToolFilter(ToolArgumentCheck.Filter))
            .WithToolsFromAssembly()
            .WithPromptsFromAssembly()
            .WithResourcesFromAssembly();
        return builder;
    }

    /// <summary>
    /// Replaces the standard handler ServiceDefaults gives every client with one on the tools' timeouts; reads are
    /// retried, writes are sent once, so a timeout can never save a session log twice.
    /// </summary>
    static IHttpClientBuilder WithToolTimeouts(this IHttpClientBuilder client)
    {
        // RemoveAllResilienceHandlers is marked experimental; it is the documented way to override the defaults per client.
#pragma warning disable EXTEXP0001
        client.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        client.AddStandardResilienceHandler(resilience =>
        {
            resilience.Retry.DisableForUnsafeHttpMethods();
            resilience.Retry.NotWhenToldWhen();
            resilience.Retry.MaxRetryAttempts = 2;
            resilience.Retry.Delay = TimeSpan.FromMilliseconds(300);
            resilience.AttemptTimeout.Timeout = AttemptTimeout;
            resilience.TotalRequestTimeout.Timeout = TotalTimeout;
            resilience.CircuitBreaker.SamplingDuration = AttemptTimeout * 2;
        });
        return client;
    }
}
