using System.Net;
using System.Net.Http.Json;
using MCPacer.Contracts.Coach;
using MCPacer.Contracts.Events;
using MCPacer.Events;
using MCPacer.Testing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace MCPacer.Coach.Tests;

public sealed class BodyMapTests(RedisServer redis) : IDisposable
{
    readonly CoachHost _coach = new(redis);
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_catalogue_has_63_regions_on_front_and_back_each_drawable()
    {
        var catalogue = (await _coach.Client.GetFromJsonAsync<BodyMapCatalogue>("/api/coach/bodymap/regions", Ct))!;

        Assert.Equal(63, catalogue.Regions.Count);
        Assert.Equal(63, catalogue.Regions.Select(r => r.Id).Distinct().Count());
        Assert.Equal(32, catalogue.Regions.Count(r => r.View == BodyView.Front));
        Assert.Equal(31, catalogue.Regions.Count(r => r.View == BodyView.Back));
        Assert.Equal(catalogue.Regions.Count(r => r.Side == BodySide.Left), catalogue.Regions.Count(r => r.Side == BodySide.Right));
        Assert.Contains(catalogue.Regions, r => r is { Id: "front_left_quad", Side: BodySide.Left, View: BodyView.Front, Label: "Left quadriceps" });
        Assert.Contains(catalogue.Regions, r => r is { Id: "back_right_calf", Side: BodySide.Right, View: BodyView.Back });
        Assert.All(catalogue.Regions, r => Assert.Matches(@"^M [\d. ]+( [LA] [\d. ]+)+ Z$", r.Path));
        Assert.Equal([BodyView.Front, BodyView.Back], catalogue.Outlines.Select(o => o.View));
        Assert.Equal("0 0 200 400", catalogue.ViewBox);
    }

    [Fact]
    public async Task The_athletes_left_is_on_the_viewers_right_from_the_front_and_left_from_behind()
    {
        var regions = (await _coach.Client.GetFromJsonAsync<BodyMapCatalogue>("/api/coach/bodymap/regions", Ct))!.Regions
            .ToDictionary(r => r.Id);

        Assert.True(FirstX(regions["front_left_quad"].Path) > 100);
        Assert.True(FirstX(regions["front_right_quad"].Path) < 100);
        Assert.True(FirstX(regions["back_left_hamstring"].Path) < 100);
        Assert.True(FirstX(regions["back_right_hamstring"].Path) > 100);
    }

    [Fact]
    public async Task The_body_map_survives_a_restart()
    {
        using var dataDir = new TempDirectory();
        using (var first = new CoachHost(redis, dataDir.Path))
        {
            (await first.Client.PutAsJsonAsync("/api/coach/bodymap/painted/front_left_groin",
                new RegionPaint(Sensation.Pain, "sharp after intervals"), Ct)).EnsureSuccessStatusCode();
            (await first.Client.PostAsJsonAsync("/api/coach/bodymap/highlights",
                new HighlightRegionsRequest([new HighlightRegionRequest("back_left_glute", "weak glute med loads the groin")]), Ct))
                .EnsureSuccessStatusCode();
        }

        using var restarted = new CoachHost(redis, dataDir.Path);
        var state = await restarted.Client.GetFromJsonAsync<BodyMapState>("/api/coach/bodymap", Ct);

        var painted = Assert.Single(state!.Painted);
        Assert.Equal(("front_left_groin", Sensation.Pain, "sharp after intervals"), (painted.RegionId, painted.Sensation, painted.Note));
        Assert.Equal("weak glute med loads the groin", Assert.Single(state.Highlighted).Reason);
    }

    [Fact]
    public async Task An_unknown_region_is_refused_with_the_valid_ids_and_nothing_written()
    {
        var response = await _coach.Client.PutAsJsonAsync("/api/coach/bodymap/painted",
            new PaintRegionsRequest([new PaintRegionRequest("back_left_calf", Sensation.Tightness), new PaintRegionRequest("front_left_wing", Sensation.Pain)]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<ProblemDetails>(Ct))!.Detail!;
        Assert.Contains("'front_left_wing' is not a body region", detail);
        Assert.Contains("front_left_quad", detail);
        Assert.Empty(_coach.Snapshot());
    }

    [Fact]
    public async Task An_unknown_sensation_is_refused()
    {
        var response = await _coach.Client.PutAsync("/api/coach/bodymap/painted/front_left_quad",
            new StringContent("""{"sensation":"burning"}""", System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_coach.Snapshot());
    }

    [Fact]
    public async Task Painting_replaces_unpaints_and_highlights_clear_and_each_change_is_announced()
    {
        var changes = new List<BodyMapChanged>();
        var bus = _coach.Factory.Services.GetRequiredService<IEventBus>();
        await using var subscription = await bus.SubscribeAsync<BodyMapChanged>(e =>
        {
            lock (changes)
            {
                changes.Add(e);
            }

            return Task.CompletedTask;
        }, Ct);

        (await _coach.Client.PutAsJsonAsync("/api/coach/bodymap/painted", new PaintRegionsRequest(
            [new PaintRegionRequest("back_left_calf", Sensation.Tightness, "after hills"), new PaintRegionRequest("back_right_calf", Sensation.Tightness)]), Ct))
            .EnsureSuccessStatusCode();
        (await _coach.Client.DeleteAsync("/api/coach/bodymap/painted/back_right_calf", Ct)).EnsureSuccessStatusCode();
        (await _coach.Client.PostAsJsonAsync("/api/coach/bodymap/highlights", new HighlightRegionsRequest(
            [new HighlightRegionRequest("back_left_achilles", "calf tightness pulls on it")]), Ct)).EnsureSuccessStatusCode();
        var beforeClear = await _coach.Client.GetFromJsonAsync<BodyMapState>("/api/coach/bodymap", Ct);
        var cleared = await (await _coach.Client.DeleteAsync("/api/coach/bodymap/highlights", Ct)).Content.ReadFromJsonAsync<BodyMapState>(Ct);

        Assert.Equal("back_left_calf", Assert.Single(beforeClear!.Painted).RegionId);
        Assert.Single(beforeClear.Highlighted);
        Assert.Empty(cleared!.Highlighted);
        Assert.Single(cleared.Painted);
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (changes.Count < 4 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20, Ct);
        }

        Assert.Equal([2, 1, 1, 1], changes.Select(c => c.Painted));
    }

    static double FirstX(string path) => double.Parse(path.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => _coach.Dispose();
}
