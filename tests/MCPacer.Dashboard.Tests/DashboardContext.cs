using System.Globalization;
using Bunit;
using MCPacer.Clients;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Radzen;

namespace MCPacer.Dashboard.Tests;

/// <summary>A bUnit context with Radzen's services, as the dashboard registers them; JS calls are answered loosely.</summary>
public abstract class DashboardContext : BunitContext
{
    protected DashboardContext()
    {
        // The same culture on every machine the tests run on: 12.5 km, 90%.
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        Services.AddRadzenComponents();
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(new StravaClient(new HttpClient(Strava) { BaseAddress = new Uri("http://strava") }, NullLogger<StravaClient>.Instance));
        JSInterop.Mode = JSRuntimeMode.Loose;
        // Radzen charts draw once the browser has measured them: a chart 600 by 240 pixels.
        JSInterop.Setup<Radzen.Blazor.Rendering.Rect>("Radzen.createChart", _ => true).SetResult(new Radzen.Blazor.Rendering.Rect { Width = 600, Height = 240 });
    }

    /// <summary>What the cards' StravaClient is answered.</summary>
    protected StravaAnswers Strava { get; } = new();

    protected static double Number(string? attribute) => double.Parse(attribute!, CultureInfo.InvariantCulture);
}
