using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net.Http.Headers;
using MCPacer.Contracts.StravaApi;
using MCPacer.ServiceDefaults.Telemetry;
using MCPacer.ServiceDefaults.Time;
using MCPacer.Strava.Auth;
using Microsoft.Extensions.Options;

namespace MCPacer.Strava.Client;

/// <summary>
/// What is left of Strava's rate limits (overall and read; per 15-minute window aligned to :00/:15/:30/:45
/// UTC, and per UTC day), learnt from the headers of every response and counted locally for requests in
/// flight. The background sync leaves a reserve of each window and day to the runner and waits for the next
/// window instead of being sent into a 429; a runner's request uses the whole budget, and when even that is
/// spent it fails at once with the time the window resets.
/// </summary>
internal sealed class RateLimitBudget
{
    /// <summary>The clock Strava's windows follow: the system clock, or scaled like the stand-in's (demo mode, tests).</summary>
    public const string ClockKey = "strava-rate-limit";

    readonly ScaledTimeProvider _clock;
    readonly IOptions<StravaOptions> _options;
    readonly Counter<long> _calls;
    readonly Lock _lock = new();
    Counter _overall = new("limit", 200, 2000);
    Counter _read = new("read limit", 100, 1000);
    DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    DateTimeOffset _dayStart = DateTimeOffset.MinValue;
    DateTimeOffset _blockedUntil = DateTimeOffset.MinValue;

    public RateLimitBudget([FromKeyedServices(ClockKey)] ScaledTimeProvider clock, IOptions<StravaOptions> options, ServiceTelemetry telemetry)
    {
        _clock = clock;
        _options = options;
        _calls = telemetry.Meter.CreateCounter<long>(TelemetryNames.Instruments.StravaCalls, "{call}",
            "Strava API calls by the budget they used: background (the sync, leaving a reserve) or interactive (the runner)");
        telemetry.Meter.CreateObservableGauge(TelemetryNames.Instruments.StravaBudgetUsed, Used, "{call}",
            "Strava calls used of each limit in the current 15-minute window and UTC day");
    }

    /// <summary>When the background sync is waiting for the next window, the (real) time it goes on; else null.</summary>
    public DateTimeOffset? WaitingUntil { get; private set; }

    /// <summary>Raised when the background sync starts waiting, with the (real) time it will go on.</summary>
    public event Action<DateTimeOffset>? Waiting;

    /// <summary>
    /// Counts one more request of this kind once the budget allows it. The background waits as long as it takes;
    /// an interactive request waits at most InteractiveMaxWait, else throws <see cref="StravaRateLimitedException"/>.
    /// </summary>
    public async Task AcquireAsync(StravaCallPriority priority, bool isRead, CancellationToken cancellationToken)
    {
        while (true)
        {
            var (until, limit, left) = TryAcquire(priority, isRead);
            if (until is not { } resumes)
            {
                if (priority == StravaCallPriority.Background)
                {
                    WaitingUntil = null;
                }

                _calls.Add(1, new KeyValuePair<string, object?>(TelemetryNames.Attributes.StravaPriority, priority.ToString().ToLowerInvariant()));
                return;
            }

            var wait = resumes - _clock.GetUtcNow();
            var resumesAt = _clock.ToInnerTime(resumes);
            if (priority == StravaCallPriority.Interactive)
            {
                if (_clock.ToInnerDuration(wait) > _options.Value.InteractiveMaxWait)
                {
                    throw new StravaRateLimitedException(resumesAt, SpentMessage(limit, resumesAt, _clock.ToInnerDuration(wait)));
                }
            }
            else
            {
                WaitingUntil = resumesAt;
                Waiting?.Invoke(resumesAt);
                Activity.Current?.AddEvent(new ActivityEvent(TelemetryNames.Events.RateLimitWait, tags: new ActivityTagsCollection
                {
                    [TelemetryNames.Attributes.StravaLimit] = limit,
                    [TelemetryNames.Attributes.StravaBudgetLeft] = left,
                    [TelemetryNames.Attributes.StravaResumesAt] = resumesAt.ToString("O", CultureInfo.InvariantCulture),
                }));
            }

            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _clock, cancellationToken);
            }
        }
    }

    public void Observe(HttpResponseHeaders headers)
    {
        var overall = ReadPair(headers, StravaRateLimitHeaders.Limit, StravaRateLimitHeaders.Usage);
        var read = ReadPair(headers, StravaRateLimitHeaders.ReadLimit, StravaRateLimitHeaders.ReadUsage);
        lock (_lock)
        {
            Roll(_clock.GetUtcNow());
            _overall = _overall.Merge(overall);
            _read = _read.Merge(read);
        }
    }

    /// <summary>Strava said 429 after all: nothing more until the next window (or day, if the daily limit is spent).</summary>
    public void Exhausted()
    {
        lock (_lock)
        {
            var now = _clock.GetUtcNow();
            Roll(now);
            var dailySpent = _overall.DailyUsed >= _overall.DailyLimit || _read.DailyUsed >= _read.DailyLimit;
            _blockedUntil = dailySpent ? _dayStart.AddDays(1) : StravaRateLimitHeaders.WindowStart(now) + StravaRateLimitHeaders.Window;
        }
    }

    /// <summary>
    /// Counts the request and returns null, or returns when (on Strava's clock) it may go, which limit holds it and how
    /// much of that limit is left (the reserve the background leaves to the runner, or none).
    /// </summary>
    (DateTimeOffset? Until, string Limit, int Left) TryAcquire(StravaCallPriority priority, bool isRead)
    {
        lock (_lock)
        {
            var now = _clock.GetUtcNow();
            Roll(now);
            if (_blockedUntil > now)
            {
                return (_blockedUntil, "rate limit", 0);
            }

            var (windowReserve, dailyReserve) = priority == StravaCallPriority.Background
                ? (_options.Value.InteractiveReserve, _options.Value.InteractiveDailyReserve)
                : (0, 0);
            var overall = SpentUntil(_overall, windowReserve, dailyReserve);
            var read = isRead ? SpentUntil(_read, windowReserve, dailyReserve) : (Until: null, Limit: "", Left: 0);
            var latest = read.Until > overall.Until || overall.Until is null ? read : overall;
            if (latest.Until is not null)
            {
                return latest;
            }

            _overall = _overall.Count();
            if (isRead)
            {
                _read = _read.Count();
            }

            return (null, "", 0);
        }
    }

    (DateTimeOffset? Until, string Limit, int Left) SpentUntil(Counter counter, int windowReserve, int dailyReserve) =>
        counter.DailyUsed + dailyReserve >= counter.DailyLimit
            ? (_dayStart.AddDays(1), $"daily {counter.Name}", Math.Max(0, counter.DailyLimit - counter.DailyUsed))
        : counter.ShortUsed + windowReserve >= counter.ShortLimit
            ? (_windowStart + StravaRateLimitHeaders.Window, $"15-minute {counter.Name}", Math.Max(0, counter.ShortLimit - counter.ShortUsed))
        : (null, "", 0);

    IEnumerable<Measurement<int>> Used()
    {
        lock (_lock)
        {
            Roll(_clock.GetUtcNow());
            return [.. Measurements(_overall), .. Measurements(_read)];
        }

        static IEnumerable<Measurement<int>> Measurements(Counter counter) =>
        [
            new(counter.ShortUsed, new(TelemetryNames.Attributes.StravaLimit, counter.Name), new(TelemetryNames.Attributes.StravaWindow, "15 minutes")),
            new(counter.DailyUsed, new(TelemetryNames.Attributes.StravaLimit, counter.Name), new(TelemetryNames.Attributes.StravaWindow, "day")),
        ];
    }

    void Roll(DateTimeOffset now)
    {
        var window = StravaRateLimitHeaders.WindowStart(now);
        if (window != _windowStart)
        {
            _windowStart = window;
            _overall = _overall with { ShortUsed = 0 };
            _read = _read with { ShortUsed = 0 };
        }

        var day = StravaRateLimitHeaders.DayStart(now);
        if (day != _dayStart)
        {
            _dayStart = day;
            _overall = _overall with { DailyUsed = 0 };
            _read = _read with { DailyUsed = 0 };
        }
    }

    static string SpentMessage(string limit, DateTimeOffset resetsAt, TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        return string.Create(CultureInfo.InvariantCulture,
            $"Strava's {limit} is spent; it resets at {resetsAt:yyyy-MM-dd HH:mm:ss} UTC (in {seconds} s). Try again then.");
    }

    static (int Short, int Daily)[]? ReadPair(HttpResponseHeaders headers, string limitHeader, string usageHeader) =>
        headers.TryGetValues(limitHeader, out var limits)
        && headers.TryGetValues(usageHeader, out var usages)
        && StravaRateLimitHeaders.TryParse(limits.FirstOrDefault(), out var shortLimit, out var dailyLimit)
        && StravaRateLimitHeaders.TryParse(usages.FirstOrDefault(), out var shortUsage, out var dailyUsage)
            ? [(shortLimit, dailyLimit), (shortUsage, dailyUsage)]
            : null;

    readonly record struct Counter(string Name, int ShortLimit, int DailyLimit, int ShortUsed = 0, int DailyUsed = 0)
    {
        public Counter Count() => this with { ShortUsed = ShortUsed + 1, DailyUsed = DailyUsed + 1 };

        /// <summary>Strava's figures win for the limits; usage is the larger of theirs and ours (ours counts requests still in flight).</summary>
        public Counter Merge((int Short, int Daily)[]? observed) => observed is null ? this : new(Name,
            observed[0].Short, observed[0].Daily,
            Math.Max(ShortUsed, observed[1].Short), Math.Max(DailyUsed, observed[1].Daily));
    }
}
