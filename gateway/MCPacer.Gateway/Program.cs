using MCPacer.Gateway.Routing;
using MCPacer.Gateway.Security;
using MCPacer.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddAccessToken();
builder.AddGatewayRoutes();

var app = builder.Build();

app.UseWebSockets();
app.UseTokenExchange();
app.UseAccessToken();
app.MapDefaultEndpoints();
app.MapReverseProxy(proxy => proxy.UseServiceUnavailableProblem());

app.Run();
