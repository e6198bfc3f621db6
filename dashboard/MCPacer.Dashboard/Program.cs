using MCPacer.Dashboard.Components;
using MCPacer.Dashboard.Live;
using MCPacer.ServiceDefaults.Events;
using MCPacer.ServiceDefaults.Security;
using Radzen;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddAccessToken();
builder.AddEventBus();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddRadzenComponents();
builder.Services.AddLiveUpdates();

var app = builder.Build();

app.UseExceptionHandler("/error", createScopeForErrors: true);
app.UseAccessToken();
app.UseAntiforgery();
app.MapDefaultEndpoints();
app.MapStaticAssets();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();
