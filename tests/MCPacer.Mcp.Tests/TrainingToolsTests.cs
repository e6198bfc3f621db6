using MCPacer.Contracts.Training;
using MCPacer.Mcp.Tools;
using ModelContextProtocol;
using static MCPacer.Mcp.Tests.McpCalls;

namespace MCPacer.Mcp.Tests;

/// <summary>The session RPE the coach records for the runner: sent to the strava service, answered with the load it now gives.</summary>
public sealed class TrainingToolsTests(McpServerHost host) : IClassFixture<McpServerHost>
{
    const string Rpe = "http://strava/api/strava/activities/96089609/rpe";

    readonly OwningServices _services = host.Owners.Reset();

    TrainingTools Tools => new(_services.Strava);

    [Fact]
    public async Task A_session_rpe_is_saved_and_the_load_it_gives_is_told_with_its_method()
    {
        _services.Answer("PUT", Rpe, new ActivityTrainingLoad(96089609, new DateOnly(2013, 11, 17), "Hike", "Hike up", 64.3, LoadMethods.SessionRpe,
            "session RPE (Foster): 6 x 45 min / 4.2 (RPE 7 for an hour = 100; no streams stored)", null, 1, 6));

        var text = await Tools.SetSessionRpe(96089609, 6, Ct);

        Assert.Equal("{\"rpe\":6}", _services.Requests.Single().Body);
        Assert.StartsWith("Session RPE 6 saved. Activity 96089609 (2013-11-17, Hike, Hike up): load 64.3 TSS by sessionRPE.", text);
        Assert.EndsWith("Session RPE 6 (the runner's).", text);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public async Task A_session_rpe_outside_the_cr10_scale_is_refused_and_reaches_no_service(int rpe)
    {
        var refused = await Assert.ThrowsAsync<McpException>(() => Tools.SetSessionRpe(96089609, rpe, Ct));

        Assert.Equal($"'rpe' is 1 to 10 (Foster's CR-10); it was {rpe}.", refused.Message);
        Assert.Empty(_services.Requests);
    }
}
