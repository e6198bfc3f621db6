using MCPacer.Contracts.Demo;
using MCPacer.Contracts.StravaApi;

namespace MCPacer.StravaStandIn.Athlete;

/// <summary>A session on a given day and time, before it is run: what the plan said plus how the athlete deviated.</summary>
internal sealed record ScheduledSession(DateOnly Date, TimeOnly Start, DemoSession Session)
{
    public string SportType { get; init; } = SportTypes.Run;

    /// <summary>On a treadmill or an indoor trainer: no GPS.</summary>
    public bool Trainer { get; init; }

    /// <summary>Visible only to the athlete (needs activity:read_all).</summary>
    public bool Private { get; init; }

    /// <summary>Seconds per km off the planned pace (negative: faster).</summary>
    public double PaceShift { get; init; }

    /// <summary>The athlete's own title; null leaves Strava's default ("Morning Run").</summary>
    public string? Name { get; init; }

    public string? Description { get; init; }

    /// <summary>Entered by hand on strava.com: no device, so no GPS, no streams, no laps.</summary>
    public bool Manual { get; init; }

    public bool Commute { get; init; }

    /// <summary>False when the athlete wore no heart-rate strap: no heartrate stream, has_heartrate false.</summary>
    public bool RecordsHeartrate { get; init; } = true;

    /// <summary>A ride on the bike with the power meter: a watts stream and the power figures.</summary>
    public bool RecordsPower { get; init; }

    /// <summary>The watch logged temperature: a temp stream and average_temp.</summary>
    public bool RecordsTemperature { get; init; }
}
