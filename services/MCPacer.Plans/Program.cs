using MCPacer.Events;
using MCPacer.Plans;
using MCPacer.Plans.Api;
using MCPacer.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddAccessToken();
builder.AddEventBus();
builder.AddPlans();
builder.Services.AddOpenApi();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAccessToken();
app.MapOpenApi();
app.MapDefaultEndpoints();
var api = app.MapGroup("").NamedAfterHandlers();
api.MapPlansApi();

app.Run();
