using MCPacer.Clients;
using MCPacer.Dashboard.Live;
using MCPacer.Dashboard.Preferences;
using Radzen;

namespace MCPacer.Dashboard;

internal static class DashboardExtensions
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

    /// <summary>
    /// A page that names no icon (the plans service's calendar page, a JSON answer) has the browser ask for
    /// /favicon.ico: it is sent on to the dashboard's SVG icon.
    /// </summary>
    public static IEndpointConventionBuilder MapFavicon(this IEndpointRouteBuilder app) =>
        app.MapGet("/favicon.ico", () => TypedResults.LocalRedirect("~/favicon.svg")).WithName("GetFavicon").ExcludeFromDescription();
}
