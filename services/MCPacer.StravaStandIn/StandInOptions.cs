using System.ComponentModel.DataAnnotations;

namespace MCPacer.StravaStandIn;

/// <summary>The stand-in's knobs (configuration section "StandIn", or the command-line switches in <see cref="SwitchMappings"/>).</summary>
internal sealed class StandInOptions
{
    public const string Section = "StandIn";

    /// <summary>Command-line switches for the settings one changes most.</summary>
    public static IDictionary<string, string> SwitchMappings { get; } = new Dictionary<string, string>
    {
        ["--history-days"] = $"{Section}:{nameof(HistoryDays)}",
        ["--seed"] = $"{Section}:{nameof(Seed)}",
        ["--time-scale"] = $"{Section}:{nameof(TimeScale)}",
        ["--token-lifetime"] = $"{Section}:{nameof(TokenLifetime)}",
        ["--server-error-rate"] = $"{Section}:{nameof(ServerErrorRate)}",
        ["--added-latency"] = $"{Section}:{nameof(AddedLatency)}",
        ["--callback-domain"] = $"{Section}:{nameof(CallbackDomain)}",
    };

    /// <summary>The demo application's client id, the one the strava service's demo mode connects with.</summary>
    [Required]
    public string ClientId { get; set; } = "1001";

    [Required]
    public string ClientSecret { get; set; } = "standin-demo-secret";

    /// <summary>
    /// The app's "Authorization Callback Domain": a redirect_uri must be on this host or under it (localhost and
    /// 127.0.0.1 are always allowed, as Strava allows them for development).
    /// </summary>
    [Required]
    public string CallbackDomain { get; set; } = "localhost";

    /// <summary>Same seed (and same <see cref="Today"/>), same athlete and same activities.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>Days of base training before the 14-week marathon build; up to ten years.</summary>
    [Range(0, 3660)]
    public int HistoryDays { get; set; } = 365;

    /// <summary>
    /// The local date the marathon build is anchored on (it falls in week 9 of the build). Unset: the
    /// athlete's local date when the stand-in starts.
    /// </summary>
    public DateOnly? Today { get; set; }

    /// <summary>How much faster than real time the rate-limit windows pass: 900 makes a 15-minute window last 1 s.</summary>
    [Range(0.001, 1_000_000)]
    public double TimeScale { get; set; } = 1;

    /// <summary>Lifetime of an access token (real time; Strava's is 6 hours).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Share of Strava API requests answered with a 5xx, 0 to 1.</summary>
    [Range(0.0, 1.0)]
    public double ServerErrorRate { get; set; }

    /// <summary>Delay added to every Strava request before it is answered.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan AddedLatency { get; set; }

    /// <summary>Where the athlete lives and runs from (default: Volkspark Friedrichshain, Berlin).</summary>
    [Range(-80.0, 80.0)]
    public double HomeLatitude { get; set; } = 52.5279;

    [Range(-180.0, 180.0)]
    public double HomeLongitude { get; set; } = 13.4348;
}
