using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace MCPacer.Clients;

public static class ClientsExtensions
{
    /// <summary>A slow service must not hold a page or the model up: past this, the caller is told which service is not answering.</summary>
    static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);
    static readonly TimeSpan TotalTimeout = TimeSpan.FromSeconds(25);

    /// <summary>The typed clients of the coach, plans and strava services (http://coach ...), with the access token forwarded.</summary>
    public static TBuilder AddMCPacerClients<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddServiceClient<CoachClient>(CoachClient.ServiceName).WithCallTimeouts();
        builder.Services.AddServiceClient<PlansClient>(PlansClient.ServiceName).WithCallTimeouts();
        builder.Services.AddServiceClient<StravaClient>(StravaClient.ServiceName).WithCallTimeouts();
        return builder;
    }

    /// <summary>A typed client for another MCPacer service, addressed by its resource name (http://plans), with the access token forwarded.</summary>
    public static IHttpClientBuilder AddServiceClient<TClient>(this IServiceCollection services, string serviceName)
        where TClient : class
    {
        services.TryAddTransient<AccessTokenForwardingHandler>();
        return services.AddHttpClient<TClient>(http => http.BaseAddress = ServiceAddress(serviceName))
            .AddHttpMessageHandler<AccessTokenForwardingHandler>();
    }

    /// <summary>A named client (IHttpClientFactory.CreateClient(clientName)) for another MCPacer service, with the access token forwarded.</summary>
    public static IHttpClientBuilder AddServiceClient(this IServiceCollection services, string clientName, string serviceName)
    {
        services.TryAddTransient<AccessTokenForwardingHandler>();
        return services.AddHttpClient(clientName, http => http.BaseAddress = ServiceAddress(serviceName))
            .AddHttpMessageHandler<AccessTokenForwardingHandler>();
    }

    static Uri ServiceAddress(string serviceName) => new($"http://{serviceName}");

    /// <summary>
    /// An answer that carries Retry-After (Strava's rate limit, say) is not retried: the service has said when it
    /// can answer, so the caller shows the runner that time instead of holding the request until then.
    /// </summary>
    public static HttpRetryStrategyOptions NotWhenToldWhen(this HttpRetryStrategyOptions retry)
    {
        var handles = retry.ShouldHandle;
        retry.ShouldHandle = args => args.Outcome.Result?.Headers.RetryAfter is not null ? PredicateResult.False() : handles(args);
        return retry;
    }

    /// <summary>
    /// Replaces the standard handler ServiceDefaults gives every client: reads are retried, writes are sent once, so a
    /// timeout can never save a session log twice or turn a fresh edit into a stale-write 409.
    /// </summary>
    static IHttpClientBuilder WithCallTimeouts(this IHttpClientBuilder client)
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
