using System.ComponentModel.DataAnnotations;

namespace MCPacer.Strava;

/// <summary>The "Strava" configuration section, validated at start.</summary>
internal sealed class StravaOptions : IValidatableObject
{
    public const string Section = "Strava";
    public const string StandInBaseUrl = "http://strava-standin";
    public const string RealBaseUrl = "https://www.strava.com";

    /// <summary>Where Strava answers: https://www.strava.com, or the stand-in in demo mode.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Connect the stand-in's demo athlete at start (the AppHost's --demo).</summary>
    public bool Demo { get; set; }

    public string DemoClientId { get; set; } = "1001";

    public string DemoClientSecret { get; set; } = "standin-demo-secret";

    /// <summary>Sync on a schedule and right after connecting; off, only when asked (POST /api/strava/sync).</summary>
    public bool AutoSync { get; set; } = true;

    [Range(1, 1440)]
    public int SyncIntervalMinutes { get; set; } = 15;

    /// <summary>Streams are fetched by the sync for runs this recent; older ones when someone opens the run.</summary>
    [Range(0, 520)]
    public int StreamWeeks { get; set; } = 12;

    /// <summary>
    /// Details (description, laps) of activities started this many days ago or less are read again by the sync,
    /// at most every <see cref="DetailRefreshInterval"/>: athletes edit them in the days after a run, and
    /// Strava's summaries do not say so.
    /// </summary>
    [Range(0, 60)]
    public int DetailRefreshDays { get; set; } = 3;

    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan DetailRefreshInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Refresh the access token this long before Strava says it expires.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Requests of each 15-minute window the background sync leaves to the runner (opening a run, posting
    /// feedback), so those never wait behind a backfill.
    /// </summary>
    [Range(0, 50)]
    public int InteractiveReserve { get; set; } = 10;

    /// <summary>The same for each UTC day.</summary>
    [Range(0, 500)]
    public int InteractiveDailyReserve { get; set; } = 100;

    /// <summary>
    /// How long a runner's request may wait for Strava's next window; when the window resets later than
    /// this, the API answers 503 with the reset time instead of holding the request.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan InteractiveMaxWait { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// How much faster than real time Strava's rate-limit windows pass: 1 for Strava itself; the AppHost's
    /// --demo gives the stand-in and this service the same scale, so the demo's windows pass in seconds.
    /// </summary>
    [Range(1.0, 1_000_000.0)]
    public double RateLimitTimeScale { get; set; } = 1;

    /// <summary>How much of a cross-training activity's load counts towards running fitness: 1 in full, 0 not at all.</summary>
    [Range(0.0, 1.0)]
    public double CrossTrainingLoadFactor { get; set; } = 1;

    /// <summary>The same for strength and mobility sessions (<see cref="Training.ActivityLoadCalculator.StrengthSports"/>): nothing by default.</summary>
    [Range(0.0, 1.0)]
    public double StrengthLoadFactor { get; set; }

    /// <summary>Time constant of fitness (CTL), days.</summary>
    [Range(7.0, 120.0)]
    public double FitnessDays { get; set; } = 42;

    /// <summary>Time constant of fatigue (ATL), days.</summary>
    [Range(2.0, 30.0)]
    public double FatigueDays { get; set; } = 7;

    public Uri EffectiveBaseUrl => BaseUrl ?? new Uri(Demo ? StandInBaseUrl : RealBaseUrl);

    /// <summary>
    /// Where the runner's browser finds the authorization page, when not at <see cref="BaseUrl"/>: in demo mode the
    /// AppHost gives the stand-in's address as http://localhost:PORT, a site other than the gateway's 127.0.0.1 as
    /// strava.com is, so that connecting the demo athlete in a browser crosses sites exactly as with Strava.
    /// </summary>
    public Uri? AuthorizeBaseUrl { get; set; }

    public Uri EffectiveAuthorizeBaseUrl => AuthorizeBaseUrl ?? EffectiveBaseUrl;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BaseUrl is { IsAbsoluteUri: false })
        {
            yield return new ValidationResult("Strava:BaseUrl must be an absolute URL (https://www.strava.com).", [nameof(BaseUrl)]);
        }

        if (AuthorizeBaseUrl is { IsAbsoluteUri: false })
        {
            yield return new ValidationResult("Strava:AuthorizeBaseUrl must be an absolute URL (http://localhost:PORT).", [nameof(AuthorizeBaseUrl)]);
        }
    }
}
