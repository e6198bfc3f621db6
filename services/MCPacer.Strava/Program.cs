using MCPacer.Events;
using MCPacer.ServiceDefaults.Security;
using MCPacer.Strava;
using MCPacer.Strava.Api;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddAccessToken();
builder.AddEventBus();
builder.AddStrava();
builder.Services.AddOpenApi();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAccessToken();
app.MapOpenApi();
app.MapDefaultEndpoints();
var api = app.MapGroup("").NamedAfterHandlers();
api.MapStravaApi();
api.MapStravaAuthApi();
api.MapStravaSyncApi();
api.MapStravaActivitiesApi();
api.MapAthleteProfileApi();
api.MapTrainingApi();

app.Run();
