using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;

namespace MCPacer.Gateway.Routing;

/// <summary>
/// One catch-all route per service prefix; destinations are resolved by service discovery (http://plans). Every route
/// needs the access token but one: Strava's redirect back after authorization is a cross-site navigation, so the
/// browser leaves the SameSite=Strict token cookie out; the strava service authenticates that request by its OAuth
/// state and the connect step's own cookie instead.
/// </summary>
internal static class GatewayRoutes
{
    static readonly TimeSpan ApiTimeout = TimeSpan.FromSeconds(30);
    // MCP streams (SSE) and terminal WebSockets stay open while the coach works.
    static readonly TimeSpan StreamTimeout = TimeSpan.FromHours(4);

    const string StravaOAuthCallback = "/api/strava/auth/callback";

    static readonly (string Service, string Path, TimeSpan Timeout)[] Routes =
    [
        ("mcp", "/mcp/{**rest}", StreamTimeout),
        ("strava", "/api/strava/{**rest}", ApiTimeout),
        ("plans", "/api/plans/{**rest}", ApiTimeout),
        ("coach", "/api/coach/{**rest}", ApiTimeout),
        ("terminal", "/terminal/{**rest}", StreamTimeout),
        ("dashboard", "/{**rest}", StreamTimeout),
    ];

    public static TBuilder AddGatewayRoutes<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var routes = Routes.Select((r, i) => new RouteConfig
        {
            RouteId = r.Service,
            ClusterId = r.Service,
            // The dashboard's catch-all must lose to every service prefix.
            Order = r.Service == "dashboard" ? int.MaxValue : i,
            Match = new RouteMatch { Path = r.Path },
        }).Append(new RouteConfig
        {
            RouteId = "strava-oauth-callback",
            ClusterId = "strava",
            Order = -1,
            Match = new RouteMatch { Path = StravaOAuthCallback, Methods = [HttpMethods.Get] },
            AuthorizationPolicy = "anonymous",
        }).ToArray();

        var clusters = Routes.Select(r => new ClusterConfig
        {
            ClusterId = r.Service,
            HttpRequest = new ForwarderRequestConfig { ActivityTimeout = r.Timeout },
            Destinations = new Dictionary<string, DestinationConfig>
            {
                [r.Service] = new() { Address = $"http://{r.Service}" },
            },
        }).ToArray();

        builder.Services.AddReverseProxy()
            .LoadFromMemory(routes, clusters)
            .AddServiceDiscoveryDestinationResolver();
        return builder;
    }
}
