using System.Net.Http.Headers;
using MCPacer.Contracts.StravaApi;
using Microsoft.Extensions.Options;

namespace MCPacer.Strava.Client;

/// <summary>
/// What is left of Strava's rate limits (overall and read; per 15-minute window aligned to :00/:15/:30/:45
/// UTC, and per UTC day), learnt from the headers of every response and counted locally for requests in
/// flight. A request waits for the next window instead of being sent into a 429.
/// </summary>
public sealed class RateLimitBudget([FromKeyedServices(RateLimitBudget.ClockKey)] TimeProvider clock, IOptions<StravaOptions> options)
{
    /// <summary>The clock Strava's windows follow: the system clock, unless a test runs Strava in scaled time.</summary>
    public const string ClockKey = "strava-rate-limit";

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    readonly Lock _lock = new();
    Counter _overall = new(200, 2000);
    Counter _read = new(100, 1000);
    DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    DateTimeOffset _dayStart = DateTimeOffset.MinValue;
    DateTimeOffset _blockedUntil = DateTimeOffset.MinValue;

    /// <summary>When a request is waiting for the next window, that window's start; else null.</summary>
    public DateTimeOffset? WaitingUntil { get; private set; }

    /// <summary>Raised when a request starts waiting, with the time it will go.</summary>
    public event Action<DateTimeOffset>? Waiting;

    public static DateTimeOffset WindowStart(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute / 15 * 15, 0, TimeSpan.Zero);
    }

    public static DateTimeOffset NextWindow(DateTimeOffset at) => WindowStart(at) + Window;

    /// <summary>Waits until the budget allows one more request of this kind, then counts it.</summary>
    public async Task AcquireAsync(bool isRead, CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = TryAcquire(isRead);
            if (wait <= TimeSpan.Zero)
            {
                WaitingUntil = null;
                return;
            }

            WaitingUntil = clock.GetUtcNow() + wait;
            Waiting?.Invoke(WaitingUntil.Value);
            await Task.Delay(wait, clock, cancellationToken);
        }
    }

    public void Observe(HttpResponseHeaders headers)
    {
        var overall = ReadPair(headers, StravaRateLimitHeaders.Limit, StravaRateLimitHeaders.Usage);
        var read = ReadPair(headers, StravaRateLimitHeaders.ReadLimit, StravaRateLimitHeaders.ReadUsage);
        lock (_lock)
        {
            Roll(clock.GetUtcNow());
            _overall = _overall.Merge(overall);
            _read = _read.Merge(read);
        }
    }

    /// <summary>Waits on Strava's clock.</summary>
    public Task DelayAsync(TimeSpan wait, CancellationToken cancellationToken) => Task.Delay(wait, clock, cancellationToken);

    /// <summary>Strava said 429 after all: nothing more until the next window (or day, if the daily limit is spent).</summary>
    public TimeSpan Exhausted()
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            Roll(now);
            var dailySpent = _overall.DailyUsed >= _overall.DailyLimit || _read.DailyUsed >= _read.DailyLimit;
            _blockedUntil = dailySpent ? _dayStart.AddDays(1) : NextWindow(now);
            return _blockedUntil - now;
        }
    }

    TimeSpan TryAcquire(bool isRead)
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            Roll(now);
            if (_blockedUntil > now)
            {
                return _blockedUntil - now;
            }

            var reserve = options.Value.RateLimitReserve;
            var wait = Max(WaitFor(_overall, reserve, now), isRead ? WaitFor(_read, reserve, now) : TimeSpan.Zero);
            if (wait > TimeSpan.Zero)
            {
                return wait;
            }

            _overall = _overall.Count();
            if (isRead)
            {
                _read = _read.Count();
            }

            return TimeSpan.Zero;
        }
    }

    TimeSpan WaitFor(Counter counter, int reserve, DateTimeOffset now) =>
        counter.DailyUsed + reserve >= counter.DailyLimit ? _dayStart.AddDays(1) - now
        : counter.ShortUsed + reserve >= counter.ShortLimit ? NextWindow(now) - now
        : TimeSpan.Zero;

    void Roll(DateTimeOffset now)
    {
        var window = WindowStart(now);
        if (window != _windowStart)
        {
            _windowStart = window;
            _overall = _overall with { ShortUsed = 0 };
            _read = _read with { ShortUsed = 0 };
        }

        var day = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        if (day != _dayStart)
        {
            _dayStart = day;
            _overall = _overall with { DailyUsed = 0 };
            _read = _read with { DailyUsed = 0 };
        }
    }

    static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    static (int Short, int Daily)[]? ReadPair(HttpResponseHeaders headers, string limitHeader, string usageHeader) =>
        headers.TryGetValues(limitHeader, out var limits)
        && headers.TryGetValues(usageHeader, out var usages)
        && StravaRateLimitHeaders.TryParse(limits.FirstOrDefault(), out var shortLimit, out var dailyLimit)
        && StravaRateLimitHeaders.TryParse(usages.FirstOrDefault(), out var shortUsage, out var dailyUsage)
            ? [(shortLimit, dailyLimit), (shortUsage, dailyUsage)]
            : null;

    readonly record struct Counter(int ShortLimit, int DailyLimit, int ShortUsed = 0, int DailyUsed = 0)
    {
        public Counter Count() => this with { ShortUsed = ShortUsed + 1, DailyUsed = DailyUsed + 1 };

        /// <summary>Strava's figures win for the limits; usage is the larger of theirs and ours (ours counts requests still in flight).</summary>
        public Counter Merge((int Short, int Daily)[]? observed) => observed is null ? this : new(
            observed[0].Short, observed[0].Daily,
            Math.Max(ShortUsed, observed[1].Short), Math.Max(DailyUsed, observed[1].Daily));
    }
}
