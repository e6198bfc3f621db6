using MCPacer.Coach;
using MCPacer.Coach.Api;
using MCPacer.Events;
using MCPacer.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddAccessToken();
builder.AddEventBus();
builder.AddCoach();
builder.Services.AddOpenApi();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAccessToken();
app.MapOpenApi();
app.MapDefaultEndpoints();
var api = app.MapGroup("").NamedAfterHandlers();
api.MapCoachApi();

app.Run();
