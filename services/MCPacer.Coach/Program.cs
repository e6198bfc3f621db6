using MCPacer.Coach;
using MCPacer.Coach.Api;
using MCPacer.ServiceDefaults.Events;
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
app.MapCoachApi();

app.Run();
