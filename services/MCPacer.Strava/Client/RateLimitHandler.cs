using System.Net;

namespace MCPacer.Strava.Client;

/// <summary>
/// Keeps every Strava API request inside <see cref="RateLimitBudget"/> at the request's
/// <see cref="StravaCallPriority"/>: waits for budget before sending (or fails at once, for a runner's request
/// that would wait long), feeds the response's rate-limit headers back, and answers a 429 by treating the window
/// as spent and trying again. The standard resilience handler is removed from this client so it cannot retry a
/// 429 early; the 5xx retries inside this handler are not counted here, the next response's headers account for them.
/// </summary>
internal sealed partial class RateLimitHandler(RateLimitBudget budget, ILogger<RateLimitHandler> logger) : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<StravaCallPriority> PriorityKey = new("strava-priority");

    const int MaxRateLimitedAttempts = 3;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var isRead = request.Method == HttpMethod.Get;
        var priority = request.Options.TryGetValue(PriorityKey, out var given) ? given : StravaCallPriority.Interactive;
        for (var attempt = 1; ; attempt++)
        {
            await budget.AcquireAsync(priority, isRead, cancellationToken);
            var response = await base.SendAsync(request, cancellationToken);
            budget.Observe(response.Headers);
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt == MaxRateLimitedAttempts)
            {
                return response;
            }

            LogRateLimited(request.RequestUri?.AbsolutePath, priority);
            budget.Exhausted();
            response.Dispose();
        }
    }

    [LoggerMessage(LogLevel.Warning, "Strava answered 429 to {Path} ({Priority}); the window is spent, waiting for the next one")]
    partial void LogRateLimited(string? path, StravaCallPriority priority);
}
