using MCPacer.StravaStandIn;
using MCPacer.StravaStandIn.Api;
using MCPacer.StravaStandIn.Athlete;
using MCPacer.StravaStandIn.OAuth;
using MCPacer.StravaStandIn.Traffic;

// Plays Strava: it has no MCPacer access token of its own, callers authenticate with Strava's OAuth tokens.
var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddStravaStandIn(args);

var app = builder.Build();

app.UseExceptionHandler();
app.UseStravaTraffic();
app.MapDefaultEndpoints();
var api = app.MapGroup("").NamedAfterHandlers();
api.MapOAuth();
api.MapStravaApi();
api.MapStandInStats();
api.MapStandInFaults();
api.MapAthleteActions();

app.Run();
