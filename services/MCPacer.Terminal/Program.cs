using MCPacer.Events;
using MCPacer.ServiceDefaults.Security;
using MCPacer.Terminal;
using MCPacer.Terminal.Api;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddAccessToken();
builder.AddEventBus();
builder.AddTerminal();
builder.Services.AddOpenApi();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseWebSockets();
app.UseAccessToken();
app.MapOpenApi();
app.MapDefaultEndpoints();
var api = app.MapGroup("").NamedAfterHandlers();
api.MapTerminalApi();

app.Run();
