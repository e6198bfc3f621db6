using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using MCPacer.Contracts.Coach;
using MCPacer.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MCPacer.Coach.Tests;

/// <summary>
/// The athlete's midnight passing in the middle of a coaching session: what is saved before goes to that day's log
/// and stays as it was, what is saved after goes to the new day's, and "today" moves at once (a log for tomorrow is
/// refused until it is tomorrow). (Part of the fault suite, tests/MCPacer.EndToEnd.Tests/Faults/README.md.)
/// </summary>
public sealed class ClockJumpTests(RedisServer redis) : IDisposable
{
    /// <summary>Sunday 2026-04-19, 23:59:50 in Berlin.</summary>
    static readonly DateTimeOffset SundayNight = new(2026, 4, 19, 21, 59, 50, TimeSpan.Zero);
    static readonly DateOnly Sunday = new(2026, 4, 19);
    static readonly DateOnly Monday = new(2026, 4, 20);

    readonly CoachHost _coach = new(redis);
    readonly FixedClock _clock = new(SundayNight);
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_session_either_side_of_midnight_is_logged_under_each_day_and_the_first_day_is_left_alone()
    {
        using var berlin = _coach.Factory.WithWebHostBuilder(builder => builder
            .UseSetting("MCPacer:TimeZone", "Europe/Berlin")
            .ConfigureServices(services => services.AddSingleton<TimeProvider>(_clock)));
        using var client = berlin.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ServiceFactory<Program>.AccessToken);

        using var tooEarly = await client.PostAsJsonAsync("/api/coach/sessions", new SaveSessionLogRequest("Planned Monday.", Monday), Ct);
        using var before = await client.PostAsJsonAsync("/api/coach/sessions", new SaveSessionLogRequest("Before midnight: reviewed the long run."), Ct);
        var sundayLog = await File.ReadAllBytesAsync(Path.Combine(_coach.SessionsDir, "2026-04-19.md"), Ct);
        _clock.Now = SundayNight.AddSeconds(20);
        using var after = await client.PostAsJsonAsync("/api/coach/sessions", new SaveSessionLogRequest("After midnight: moved the tempo."), Ct);
        using var forMonday = await client.PostAsJsonAsync("/api/coach/sessions", new SaveSessionLogRequest("Planned Monday.", Monday), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, tooEarly.StatusCode);
        Assert.Equal(Sunday, (await before.Content.ReadFromJsonAsync<SessionLog>(Ct))!.Date);
        Assert.Equal(Monday, (await after.Content.ReadFromJsonAsync<SessionLog>(Ct))!.Date);
        Assert.Equal(HttpStatusCode.Created, forMonday.StatusCode);
        Assert.Equal(sundayLog, await File.ReadAllBytesAsync(Path.Combine(_coach.SessionsDir, "2026-04-19.md"), Ct));
        var monday = await File.ReadAllTextAsync(Path.Combine(_coach.SessionsDir, "2026-04-20.md"), Ct);
        Assert.Contains("After midnight: moved the tempo.", monday);
        Assert.Contains("Planned Monday.", monday);
        Assert.DoesNotContain("Before midnight", monday);
    }

    public void Dispose() => _coach.Dispose();
}
