using MCPacer.Dashboard;
using MCPacer.Dashboard.Components;
using MCPacer.Events;
using MCPacer.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddAccessToken();
builder.AddEventBus();
builder.AddDashboard();

var app = builder.Build();

app.UseExceptionHandler("/error", createScopeForErrors: true);
app.UseAccessToken();
app.UseAntiforgery();
app.MapDefaultEndpoints();
app.MapStaticAssets();
app.MapFavicon();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();
