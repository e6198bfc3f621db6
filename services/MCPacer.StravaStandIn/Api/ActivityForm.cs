using System.Globalization;
using System.Text.RegularExpressions;
using MCPacer.Contracts.StravaApi;
using MCPacer.StravaStandIn.Athlete;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MCPacer.StravaStandIn.Api;

/// <summary>
/// The fields of Strava's activity writes, read from a form or JSON (<see cref="RequestBody"/>): the changes of
/// <c>PUT /activities/{id}</c> and the manual activity of <c>POST /activities</c>. A fault names the field at fault.
/// </summary>
internal static partial class ActivityForm
{
    public static (UpdatableActivity? Changes, JsonHttpResult<Fault>? Fault) Changes(IFormCollection form)
    {
        if (FirstFault(Boolean(form, "trainer", out var trainer), Boolean(form, "commute", out var commute), Boolean(form, "hide_from_home", out var hide)) is { } fault)
        {
            return (null, fault);
        }

        return (new UpdatableActivity
        {
            Name = Text(form, "name"),
            Description = form.TryGetValue("description", out var description) ? description.ToString() : null,
            SportType = Text(form, "sport_type") ?? Text(form, "type"),
            Trainer = trainer,
            Commute = commute,
            HideFromHome = hide,
            GearId = Text(form, "gear_id"),
        }, null);
    }

    /// <summary>A manual activity: name, sport_type (or type), start_date_local and elapsed_time required.</summary>
    public static (ManualActivity? Activity, JsonHttpResult<Fault>? Fault) Manual(IFormCollection form, TimeZoneInfo timeZone)
    {
        var name = Text(form, "name");
        var sportType = Text(form, "sport_type") ?? Text(form, "type");
        var start = Text(form, "start_date_local");
        var elapsed = Text(form, "elapsed_time");
        var missing = new[] { ("name", name), ("sport_type", sportType), ("start_date_local", start), ("elapsed_time", elapsed) }
            .FirstOrDefault(f => f.Item2 is null).Item1;
        if (missing is not null)
        {
            return (null, StravaFaults.BadRequest("Activity", missing, "missing"));
        }

        if (ParseStart(start!, timeZone) is not { } when)
        {
            return (null, StravaFaults.BadRequest("Activity", "start_date_local"));
        }

        if (!int.TryParse(elapsed, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0)
        {
            return (null, StravaFaults.BadRequest("Activity", "elapsed_time"));
        }

        var meters = 0.0;
        if (Text(form, "distance") is { } distance
            && (!double.TryParse(distance, NumberStyles.Float, CultureInfo.InvariantCulture, out meters) || meters < 0))
        {
            return (null, StravaFaults.BadRequest("Activity", "distance"));
        }

        if (FirstFault(Boolean(form, "trainer", out var trainer), Boolean(form, "commute", out var commute)) is { } fault)
        {
            return (null, fault);
        }

        return (new ManualActivity(name!, sportType!, when.Local, when.Utc, seconds, meters, Text(form, "description"), trainer ?? false, commute ?? false), null);
    }

    /// <summary>
    /// The wall clock the athlete typed; with an explicit offset ("2025-10-18 19:04:26 -0400") that fixes the
    /// moment, without one (or with Strava's habitual "Z") it is the athlete's own time zone.
    /// </summary>
    static (DateTime Local, DateTimeOffset Utc)? ParseStart(string text, TimeZoneInfo timeZone)
    {
        var normalized = CompactOffset().Replace(text.Trim(), "$1:$2");
        var zoned = ExplicitOffset().IsMatch(normalized);
        if (!DateTimeOffset.TryParse(normalized.TrimEnd('Z', 'z'), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return null;
        }

        var local = parsed.DateTime;
        var utc = zoned ? parsed.ToUniversalTime() : new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), timeZone));
        return (DateTime.SpecifyKind(local, DateTimeKind.Unspecified), utc);
    }

    static string? Text(IFormCollection form, string name) =>
        form.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.ToString().Trim() : null;

    static JsonHttpResult<Fault>? FirstFault(params JsonHttpResult<Fault>?[] faults) => faults.FirstOrDefault(f => f is not null);

    static JsonHttpResult<Fault>? Boolean(IFormCollection form, string name, out bool? value) =>
        RequestBody.TryParseBoolean(Text(form, name), out value) ? null : StravaFaults.BadRequest("Activity", name);

    [GeneratedRegex(@"\s*([+-]\d{2})(\d{2})$")]
    private static partial Regex CompactOffset();

    [GeneratedRegex(@"[+-]\d{2}:\d{2}$")]
    private static partial Regex ExplicitOffset();
}

/// <summary>An activity typed in by hand, as <c>POST /activities</c> takes it.</summary>
internal sealed record ManualActivity(
    string Name, string SportType, DateTime StartLocal, DateTimeOffset StartUtc, int ElapsedTime, double Distance,
    string? Description, bool Trainer, bool Commute)
{
    public ScheduledSession Schedule() => ActivityCatalog.Scheduled(StartLocal, SportType, null, Distance) with
    {
        Name = Name,
        Description = Description,
        Trainer = Trainer,
        Commute = Commute,
        Manual = true,
    };
}
