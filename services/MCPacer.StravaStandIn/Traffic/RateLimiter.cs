using MCPacer.Contracts.StravaApi;
using MCPacer.ServiceDefaults.Time;
using Microsoft.Extensions.Options;

namespace MCPacer.StravaStandIn.Traffic;

/// <summary>
/// Strava's application limits: 200 requests per 15 minutes and 2,000 per day overall, of which 100 and
/// 1,000 may be reads (GET). Windows are aligned to the clock (:00, :15, :30, :45; days at midnight UTC),
/// in time scaled by <see cref="StandInOptions.TimeScale"/>. A refused request is not counted.
/// </summary>
internal sealed class RateLimiter(TimeProvider time, IOptions<StandInOptions> options)
{
    public const int FifteenMinuteLimit = 200;
    public const int DailyLimit = 2000;
    public const int ReadFifteenMinuteLimit = 100;
    public const int ReadDailyLimit = 1000;

    readonly Lock _gate = new();
    readonly ScaledTimeProvider _clock = new(time, options.Value.TimeScale);
    DateTimeOffset _window = DateTimeOffset.MinValue;
    DateTimeOffset _day = DateTimeOffset.MinValue;
    int _windowCount, _dayCount, _windowReads, _dayReads;

    public sealed record Decision(bool Allowed, string Limit, string Usage, string ReadLimit, string ReadUsage);

    public Decision TryAcquire(bool isRead)
    {
        lock (_gate)
        {
            Roll();
            var allowed = _windowCount < FifteenMinuteLimit && _dayCount < DailyLimit
                && (!isRead || (_windowReads < ReadFifteenMinuteLimit && _dayReads < ReadDailyLimit));
            if (allowed)
            {
                _windowCount++;
                _dayCount++;
                if (isRead)
                {
                    _windowReads++;
                    _dayReads++;
                }
            }

            return new Decision(allowed,
                $"{FifteenMinuteLimit},{DailyLimit}", $"{_windowCount},{_dayCount}",
                $"{ReadFifteenMinuteLimit},{ReadDailyLimit}", $"{_windowReads},{_dayReads}");
        }
    }

    public StandInRateLimitUsage Usage()
    {
        lock (_gate)
        {
            Roll();
            return new StandInRateLimitUsage(_windowCount, _dayCount, _windowReads, _dayReads,
                _clock.ToInnerTime(_window + StravaRateLimitHeaders.Window), _clock.Scale);
        }
    }

    /// <summary>Starts new counts when the scaled clock has moved into a new window or day.</summary>
    void Roll()
    {
        var now = _clock.GetUtcNow();
        var (window, day) = (StravaRateLimitHeaders.WindowStart(now), StravaRateLimitHeaders.DayStart(now));
        if (window != _window)
        {
            (_window, _windowCount, _windowReads) = (window, 0, 0);
        }

        if (day != _day)
        {
            (_day, _dayCount, _dayReads) = (day, 0, 0);
        }
    }
}
