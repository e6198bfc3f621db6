using System.Diagnostics;
using Bunit;
using MCPacer.Dashboard.Pages;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace MCPacer.Dashboard.Tests;

public sealed class ErrorPageTests : DashboardContext
{
    [Fact]
    public void The_error_page_says_something_went_wrong_links_home_and_gives_the_trace_id_but_never_the_exception()
    {
        using var request = new Activity("GET /plan").SetIdFormat(ActivityIdFormat.W3C).Start();
        var http = new DefaultHttpContext();
        var failure = new InvalidOperationException("Could not read /home/runner/.local/share/mcpacer/strava/tokens.json");
        http.Features.Set<IExceptionHandlerFeature>(new ExceptionHandlerFeature { Error = failure, Path = "/plan" });

        var page = Render<Error>(parameters => parameters.AddCascadingValue(http)).Find("[data-testid='error-page']");

        Assert.Equal("Something went wrong", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("/", page.QuerySelector("[data-testid='home-link']")!.GetAttribute("href"));
        Assert.Contains(request.TraceId.ToString(), page.QuerySelector("[data-testid='trace-id']")!.TextContent);
        Assert.DoesNotContain("tokens.json", page.TextContent);
        Assert.DoesNotContain(nameof(InvalidOperationException), page.TextContent);
        Assert.DoesNotContain(" at ", page.TextContent);
    }
}
