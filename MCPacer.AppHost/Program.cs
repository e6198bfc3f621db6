using MCPacer.AppHost.Hosting;

var options = MCPacerOptions.FromCommandLine(args);
var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions
{
    Args = options.AspireArgs,
    DisableDashboard = options.NoDashboard,
});

builder.AddAccessToken(options);
var redis = builder.AddRedisServer("redis", options.DataDir);

var standIn = builder.AddService<Projects.MCPacer_StravaStandIn>("strava-standin", options)
    .WithNamedUrls("Strava stand-in API")
    .WithDemoStravaTimeScale("StandIn:TimeScale", options);

var strava = builder.AddService<Projects.MCPacer_Strava>("strava", options)
    .WithAccessToken(options)
    .WithReference(redis).WaitFor(redis)
    .WithReference(standIn)
    .WithDemo("Strava:Demo", options)
    .WithDemoAuthorizePage(standIn, options)
    .WithDemoStravaTimeScale("Strava:RateLimitTimeScale", options)
    .WithNamedUrls("strava API", openApi: true)
    .WithSyncNowCommand(options);

standIn.WithResetDemoDataCommand(strava, options);

var plans = builder.AddService<Projects.MCPacer_Plans>("plans", options)
    .WithAccessToken(options)
    .WithReference(redis).WaitFor(redis)
    .WithReference(strava)
    .WithDemo("Plans:Demo", options)
    .WithNamedUrls("plans API", openApi: true);

var coach = builder.AddService<Projects.MCPacer_Coach>("coach", options)
    .WithAccessToken(options)
    .WithReference(redis).WaitFor(redis)
    .WithReference(strava)
    .WithNamedUrls("coach API", openApi: true);

var terminal = builder.AddService<Projects.MCPacer_Terminal>("terminal", options)
    .WithAccessToken(options)
    .WithReference(redis).WaitFor(redis)
    .WithReference(coach)
    .WithNamedUrls("terminal API", openApi: true);

var mcp = builder.AddService<Projects.MCPacer_Mcp>("mcp", options)
    .WithAccessToken(options)
    .WithReference(strava)
    .WithReference(plans)
    .WithReference(coach)
    .WithNamedUrls("MCP endpoint (/mcp)");

var dashboard = builder.AddService<Projects.MCPacer_Dashboard>("dashboard", options)
    .WithAccessToken(options)
    .WithReference(redis).WaitFor(redis)
    .WithReference(strava)
    .WithReference(plans)
    .WithReference(coach)
    .WithNamedUrls("dashboard (behind the gateway)");

var gateway = builder.AddService<Projects.MCPacer_Gateway>("gateway", options, publicPort: options.Port)
    .WithAccessToken(options)
    .WithReference(dashboard)
    .WithReference(mcp)
    .WithReference(strava)
    .WithReference(plans)
    .WithReference(coach)
    .WithReference(terminal)
    .WithExternalHttpEndpoints()
    .WithNamedUrls("MCPacer (sign in with the token)")
    .WithOpenCommand(options)
    .WithRotateAccessTokenCommand(options);

terminal.WithEnvironment("MCPacer__GatewayUrl", gateway.GetEndpoint("http"));

builder.AddSupervision(options);

builder.Build().Run();
