using MCPacer.ServiceDefaults.Events;
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
app.MapStravaApi();
app.MapStravaAuthApi();
app.MapStravaSyncApi();
app.MapStravaActivitiesApi();
app.MapAthleteProfileApi();
app.MapTrainingApi();

app.Run();
