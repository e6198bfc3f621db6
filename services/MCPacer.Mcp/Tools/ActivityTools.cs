using System.ComponentModel;
using System.Globalization;
using System.Text;
using MCPacer.Contracts.Strava;
using MCPacer.Clients;
using ModelContextProtocol;
using ModelContextProtocol.Server;

namespace MCPacer.Mcp.Tools;

/// <summary>The athlete's Strava activities as the strava service synced them, and the sync itself.</summary>
[McpServerToolType]
internal sealed class ActivityTools(StravaClient strava, TimeProvider clock)
{
    const string ActivityIdDescription = "The Strava activity id (a number), as the activity lists show it.";
    const string ListFormat = "one line each: id | local date | sport | name | km | moving time | pace | avg HR | digest";
    static readonly string[] StreamChannels = ["time", "distance", "latlng", "altitude", "heartrate", "cadence", "velocity_smooth", "grade_smooth", "moving"];

    [McpServerTool(Name = "get_run_context", ReadOnly = true)]
    [Description("The tiered training overview for a coaching session: recent weeks run by run (with digests), older weeks " +
                 "and years in one line each, in about 1,400 tokens, and when Strava was last synced. Call it at the start of a session.")]
    public async Task<string> GetRunContext(CancellationToken ct)
    {
        var context = strava.GetRunContextAsync(ct);
        var sync = strava.GetSyncAsync(ct);
        var last = (await sync).LastCompletedAt;
        return $"{(await context).Text.TrimEnd()}\n\n(last Strava sync: {(last is { } at ? at.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "never")}; sync_strava fetches new runs)";
    }

    [McpServerTool(Name = "get_activities", ReadOnly = true)]
    [Description("The most recent activities (runs and cross-training), newest first, " + ListFormat + ".")]
    public async Task<string> GetActivities(
        [Description("How many activities, 1 to 200.")] int limit = 30,
        CancellationToken ct = default)
    {
        CheckLimit(limit, 200);
        var page = await strava.GetActivitiesAsync(limit, ct);
        return ActivityLines(page.Items, $"{page.Items.Count} of {page.Total} activities, newest first");
    }

    [McpServerTool(Name = "get_activities_by_date_range", ReadOnly = true)]
    [Description("Activities between two dates (inclusive, the athlete's local dates), oldest first, " + ListFormat + ".")]
    public async Task<string> GetActivitiesByDateRange(
        [Description("The first day, yyyy-MM-dd (1970 to 2100).")] DateOnly start_date,
        [Description("The last day, yyyy-MM-dd (1970 to 2100).")] DateOnly end_date,
        [Description("At most this many activities (the earliest ones), 1 to 500.")] int limit = 100,
        CancellationToken ct = default)
    {
        CheckLimit(limit, 500);
        var activities = await strava.GetRangeAsync(start_date, end_date, ct);
        return ActivityLines([.. activities.Take(limit)], $"{Math.Min(limit, activities.Count)} of {activities.Count} activities from {start_date:yyyy-MM-dd} to {end_date:yyyy-MM-dd}");
    }

    [McpServerTool(Name = "get_recent_activities", ReadOnly = true)]
    [Description("Activities of the last few days, oldest first, " + ListFormat + ".")]
    public async Task<string> GetRecentActivities(
        [Description("How many days back from today, 1 to 365.")] int days = 7,
        [Description("At most this many activities, 1 to 500.")] int limit = 50,
        CancellationToken ct = default)
    {
        if (days is < 1 or > 365)
        {
            throw new McpException($"'days' is 1 to 365; it was {days}.");
        }

        CheckLimit(limit, 500);
        // A day of margin on both sides of the UTC date covers every time zone; the athlete's local dates decide.
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var activities = await strava.GetRangeAsync(today.AddDays(-days), today.AddDays(1), ct);
        var recent = activities.TakeLast(limit).ToList();
        return ActivityLines(recent, $"{recent.Count} activities in the last {days} days");
    }

    [McpServerTool(Name = "get_activity_by_id", ReadOnly = true)]
    [Description("One activity's summary as JSON: sport, local start, distance, times, pace, elevation, heart rate, cadence, " +
                 "digest. get_run_detail gives laps and splits.")]
    public Task<StravaActivity> GetActivityById([Description(ActivityIdDescription)] long activity_id, CancellationToken ct) =>
        strava.GetActivityAsync(activity_id, ct);

    [McpServerTool(Name = "get_run_detail", ReadOnly = true)]
    [Description("A run in detail as compact text: summary, laps (pace, HR, cadence, elevation), km splits, the athlete's " +
                 "description, its digest and the coach's notes. Call it before giving feedback on a run.")]
    public async Task<string> GetRunDetail([Description(ActivityIdDescription)] long activity_id, CancellationToken ct) =>
        (await strava.GetRunAsync(activity_id, ct)).Text;

    [McpServerTool(Name = "get_activity_description", ReadOnly = true)]
    [Description("The activity's description as it is on Strava: the athlete's words and any coaching feedback posted earlier.")]
    public async Task<string> GetActivityDescription([Description(ActivityIdDescription)] long activity_id, CancellationToken ct)
    {
        var detail = await strava.GetRunAsync(activity_id, ct);
        return string.IsNullOrWhiteSpace(detail.Description) ? $"Activity {activity_id} has no description." : detail.Description;
    }

    [McpServerTool(Name = "get_activity_streams", ReadOnly = true)]
    [Description("The activity's sample streams downsampled to at most max_points evenly spaced points, as small JSON: " +
                 "time (s), distance (m), latlng, altitude (m), heartrate (bpm), cadence (spm), velocity_smooth (m/s), " +
                 "grade_smooth (%), moving. Ask only for the streams you need.")]
    public async Task<IReadOnlyDictionary<string, object?>> GetActivityStreams(
        [Description(ActivityIdDescription)] long activity_id,
        [Description("The streams to return, e.g. [\"time\", \"heartrate\", \"velocity_smooth\"]; empty for time, distance, heartrate, altitude and cadence.")]
        string[]? stream_types = null,
        [Description("At most this many points per stream, 2 to 1000.")] int max_points = 200,
        CancellationToken ct = default)
    {
        if (max_points is < 2 or > 1000)
        {
            throw new McpException($"'max_points' is 2 to 1000; it was {max_points}.");
        }

        var wanted = stream_types is { Length: > 0 } ? stream_types.Select(s => s.Trim().ToLowerInvariant()).ToArray() : ["time", "distance", "heartrate", "altitude", "cadence"];
        if (wanted.FirstOrDefault(s => !StreamChannels.Contains(s)) is { } unknown)
        {
            throw new McpException($"'{unknown}' is not a stream; use any of {string.Join(", ", StreamChannels)}.");
        }

        var streams = await strava.GetStreamsAsync(activity_id, max_points, ct);
        var result = new Dictionary<string, object?>
        {
            ["activity_id"] = streams.ActivityId,
            ["points"] = streams.Points,
            ["original_points"] = streams.OriginalPoints,
        };
        foreach (var channel in wanted)
        {
            result[channel] = channel switch
            {
                "time" => streams.Time,
                "distance" => streams.Distance?.Select(d => Math.Round(d, 1)).ToArray(),
                "latlng" => streams.LatLng?.Select(p => p.Select(c => Math.Round(c, 5)).ToArray()).ToArray(),
                "altitude" => streams.Altitude?.Select(a => Math.Round(a, 1)).ToArray(),
                "heartrate" => streams.Heartrate,
                "cadence" => streams.Cadence,
                "velocity_smooth" => streams.VelocitySmooth?.Select(v => Math.Round(v, 2)).ToArray(),
                "grade_smooth" => streams.GradeSmooth?.Select(g => Math.Round(g, 1)).ToArray(),
                _ => streams.Moving,
            };
        }

        return result;
    }

    [McpServerTool(Name = "get_sync_status", ReadOnly = true)]
    [Description("Whether Strava is connected (and what to do if not), and where the sync is: phase, progress, the last " +
                 "completed sync and when Strava's rate limit lets it go on.")]
    public async Task<string> GetSyncStatus(CancellationToken ct)
    {
        var connection = strava.GetStatusAsync(ct);
        var sync = strava.GetSyncAsync(ct);
        return $"{(await connection).Message}\n{SyncText(await sync)}";
    }

    [McpServerTool(Name = "sync_strava", Destructive = false, Idempotent = true, OpenWorld = true)]
    [Description("Starts fetching new activities from Strava now (queued behind a sync that is running) and returns at once; " +
                 "follow it with get_sync_status. The service also syncs on its own schedule.")]
    public async Task<string> SyncStrava(CancellationToken ct) =>
        $"Sync started.\n{SyncText(await strava.StartSyncAsync(ct))}";

    static string SyncText(StravaSyncProgress sync)
    {
        var text = new StringBuilder($"Sync: {sync.Phase}");
        if (sync.Total > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" {sync.Done}/{sync.Total}");
        }

        text.Append(CultureInfo.InvariantCulture, $"; {sync.Activities} activities stored");
        text.Append(sync.LastCompletedAt is { } last ? $"; last completed {last:yyyy-MM-dd HH:mm} UTC" : "; never completed");
        if (sync.NextWindowAt is { } next)
        {
            text.Append(CultureInfo.InvariantCulture, $"; waiting for Strava's rate limit until {next:HH:mm} UTC");
        }

        return sync.Message is { Length: > 0 } message ? $"{text}. {message}" : $"{text}.";
    }

    static string ActivityLines(IReadOnlyList<StravaActivity> activities, string heading)
    {
        var text = new StringBuilder(heading).Append(":\n");
        foreach (var a in activities)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{a.Id} | {a.LocalDate:yyyy-MM-dd} | {a.SportType}{(a.Treadmill ? " (treadmill)" : "")} | {a.Name} | {a.DistanceKm:0.0} km | {Duration(a.MovingTimeSeconds)} | {a.Pace ?? "-"} | ")
                .Append(a.AverageHeartrate is { } hr ? string.Create(CultureInfo.InvariantCulture, $"HR {hr:0}") : "-")
                .Append(a.Digest is { } digest ? $" | {digest}" : "")
                .Append('\n');
        }

        return text.ToString().TrimEnd();
    }

    static string Duration(int seconds) =>
        TimeSpan.FromSeconds(seconds).ToString(seconds >= 3600 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture);

    static void CheckLimit(int limit, int max)
    {
        if (limit < 1 || limit > max)
        {
            throw new McpException($"'limit' is 1 to {max}; it was {limit}.");
        }
    }
}
