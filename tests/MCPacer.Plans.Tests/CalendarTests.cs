using System.Net;
using System.Net.Http.Json;
using Ical.Net.CalendarComponents;
using MCPacer.Contracts.Plans;
using static MCPacer.Plans.Tests.HttpExtensions;

namespace MCPacer.Plans.Tests;

public sealed class CalendarTests : IClassFixture<PlansWithStrava>, IDisposable
{
    readonly PlansHost _host;
    readonly HttpClient _client;

    public CalendarTests(PlansWithStrava fixture)
    {
        _host = fixture.Reset().Host;
        fixture.Strava.Activities.Add(FakeStrava.Run(1, new DateTime(2026, 3, 30, 7, 0, 0), 8, "5:20"));
        _host.WritePlan(SamplePlans.Sub3Id, SamplePlans.Sub3);
        _client = _host.CreateAuthorizedClient();
    }

    [Fact]
    public async Task The_ics_feed_parses_and_keeps_its_uids_when_a_run_is_edited()
    {
        var feed = (await _client.GetFromJsonAsync<CalendarFeed>("/api/plans/calendar", Ct))!;
        using var calendarApp = _host.CreateClient();

        var before = await LoadAsync(calendarApp, feed.FeedPath);
        await _client.SendJsonAsync(HttpMethod.Put, "/api/plans/sub3-spring/runs/2026-04-07", new RunFields(DistanceKm: 14, Structure: "3km WU, 8km @ 4:05, 3km CD"));
        var after = await LoadAsync(calendarApp, feed.FeedPath);

        Assert.Equal(12, before.Count);
        Assert.Equal(before.Select(e => e.Uid), after.Select(e => e.Uid));
        Assert.Equal(before.Count, before.Select(e => e.Uid).Distinct().Count());
        var tempo = after.Single(e => e.Uid == "sub3-spring-20260407-0@mcpacer");
        Assert.Equal("Tempo 14 km", tempo.Summary);
        Assert.Equal("Target pace 4:05/km\n3km WU, 8km @ 4:05, 3km CD", tempo.Description);
        Assert.Equal(new DateOnly(2026, 4, 7), DateOnly.FromDateTime(tempo.Start!.Value));
        Assert.False(tempo.Start.HasTime);
        Assert.Contains(after, e => e.Uid == "sub3-spring-20260415-1@mcpacer" && e.Summary == "Cross Training 45 min");
    }

    [Fact]
    public async Task The_feed_needs_its_own_token_and_rotating_it_revokes_the_old_address()
    {
        var old = (await _client.GetFromJsonAsync<CalendarFeed>("/api/plans/calendar", Ct))!;
        using var calendarApp = _host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await calendarApp.GetAsync(old.FeedPath, Ct)).StatusCode);

        var rotated = await _client.PostAsync("/api/plans/calendar/rotate", null, Ct);
        var fresh = (await rotated.Content.ReadFromJsonAsync<CalendarFeed>(Ct))!;

        Assert.NotEqual(old.FeedPath, fresh.FeedPath);
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync(old.FeedPath, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await calendarApp.GetAsync(fresh.FeedPath, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await calendarApp.GetAsync("/api/plans/calendar", Ct)).StatusCode);
        var tokenFile = new FileInfo(Path.Combine(_host.PlansDir, ".calendar-token"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, tokenFile.UnixFileMode);
    }

    [Fact]
    public async Task The_html_calendar_shows_each_month_with_runs_done_and_missed()
    {
        var html = await _client.GetStringAsync("/api/plans/sub3-spring/calendar", Ct);

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<h1>Sub-3 Marathon Build</h1>", html);
        Assert.Contains("<h2>March 2026</h2>", html);
        Assert.Contains("<h2>May 2026</h2>", html);
        Assert.Contains("class=\"run easy done\"", html);
        Assert.Contains("class=\"run long missed\"", html);
        Assert.Contains("class=\"day today\"><span class=\"date\">15</span>", html);
        Assert.Contains("class=\"day race-day\"><span class=\"date\">10</span>", html);
        Assert.DoesNotContain("strava service did not answer", html);
    }

    static async Task<List<CalendarEvent>> LoadAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, Ct);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync(Ct))!;
        return [.. calendar.Events.OrderBy(e => e.Uid, StringComparer.Ordinal)];
    }

    public void Dispose() => _client.Dispose();
}
