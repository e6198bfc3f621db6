using Bunit;
using MCPacer.Contracts.Events;
using MCPacer.Dashboard.Live;
using MCPacer.Dashboard.Pages;
using Microsoft.Extensions.DependencyInjection;

namespace MCPacer.Dashboard.Tests;

public sealed class StatusPageTests : DashboardContext
{
    [Fact]
    public void The_status_page_lists_each_service_as_it_reports_in()
    {
        var roster = new ServiceRoster();
        Services.AddSingleton(roster);

        var page = Render<Status>();
        Assert.Equal("No service has reported yet.", page.Find("[data-testid='no-services']").TextContent);

        roster.Record(new ServiceStarted("MCPacer.Strava", DateTimeOffset.UtcNow));
        roster.Record(new ServiceStarted("MCPacer.Plans", DateTimeOffset.UtcNow.AddSeconds(1)));

        page.WaitForAssertion(() => Assert.Equal(["Plans", "Strava"],
            page.FindAll("[data-testid='service-roster'] [data-service]").Select(b => b.TextContent.Trim())));
    }
}
