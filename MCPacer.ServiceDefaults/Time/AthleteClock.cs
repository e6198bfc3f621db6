using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace MCPacer.ServiceDefaults.Time;

/// <summary>
/// MCPacer:TimeZone, the athlete's IANA time zone ("Pacific/Auckland"): the AppHost passes its --time-zone
/// (MCPACER_TIME_ZONE) to every service. Unset, the athlete's zone comes from Strava.
/// </summary>
public sealed class AthleteTimeOptions : IValidatableObject
{
    public const string Section = "MCPacer";

    public string? TimeZone { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(TimeZone) && !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"MCPacer:TimeZone '{TimeZone}' is not a known time zone (use an IANA name like Europe/Berlin).",
                [nameof(TimeZone)]);
        }
    }
}

/// <summary>Where the athlete's time zone came from.</summary>
public enum AthleteTimeZoneSource
{
    /// <summary>MCPacer:TimeZone, the AppHost's --time-zone.</summary>
    Setting,

    /// <summary>The time zone of the athlete's latest activity on Strava.</summary>
    Strava,

    /// <summary>This machine's own time zone: no setting, and nothing from Strava yet.</summary>
    Machine,
}

/// <summary>
/// "Today" for the athlete, by one rule in every service: the setting (MCPacer:TimeZone), else the athlete's zone as
/// Strava knows it (their latest activity's), else the machine's. Plan weeks, adherence, session logs and the run
/// context all count in these local dates, so the services agree on the date around midnight.
/// </summary>
public sealed class AthleteClock(TimeProvider clock, IOptions<AthleteTimeOptions> options)
{
    readonly TimeZoneInfo? _configured = string.IsNullOrWhiteSpace(options.Value.TimeZone)
        ? null
        : TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    TimeZoneInfo? _fromStrava;

    public TimeZoneInfo Zone => _configured ?? Volatile.Read(ref _fromStrava) ?? clock.LocalTimeZone;

    public AthleteTimeZoneSource Source =>
        _configured is not null ? AthleteTimeZoneSource.Setting
        : Volatile.Read(ref _fromStrava) is not null ? AthleteTimeZoneSource.Strava
        : AthleteTimeZoneSource.Machine;

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);

    /// <summary>The athlete's zone as Strava knows it (an IANA name; null or unknown when Strava has none).</summary>
    public void FollowStrava(string? timeZone) =>
        Volatile.Write(ref _fromStrava, timeZone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? zone : null);
}
