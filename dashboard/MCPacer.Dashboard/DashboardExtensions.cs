using MCPacer.Clients;
using MCPacer.Dashboard.Live;
using MCPacer.Dashboard.Preferences;
using Radzen;

namespace MCPacer.Dashboard;

public static class DashboardExtensions
{
    /// <summary>The UI (Blazor Server with Radzen), the typed clients of the services it shows and the live feeds.</summary>
    public static TBuilder AddDashboard<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddRadzenComponents();
        builder.Services.AddRadzenCookieThemeService(options => options.Name = Components.App.ThemeCookie);
        builder.Services.AddScoped<DisplayPreferences>();
        builder.AddMCPacerClients();
        builder.Services.AddLiveUpdates();
        return builder;
    }
}
