using System.Net;

namespace MCPacer.Strava.Client;

/// <summary>
/// Keeps every Strava API request inside <see cref="RateLimitBudget"/>: waits for budget before sending,
/// feeds the response's rate-limit headers back, and answers a 429 by waiting for the next window and
/// trying again. The standard resilience handler is removed from this client so it cannot retry a 429 early;
/// the 5xx retries inside this handler are not counted here, the next response's headers account for them.
/// </summary>
public sealed partial class RateLimitHandler(RateLimitBudget budget, ILogger<RateLimitHandler> logger) : DelegatingHandler
{
    const int MaxRateLimitedAttempts = 3;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var isRead = request.Method == HttpMethod.Get;
        for (var attempt = 1; ; attempt++)
        {
            await budget.AcquireAsync(isRead, cancellationToken);
            var response = await base.SendAsync(request, cancellationToken);
            budget.Observe(response.Headers);
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt == MaxRateLimitedAttempts)
            {
                return response;
            }

            var wait = budget.Exhausted();
            LogRateLimited(request.RequestUri?.AbsolutePath, wait);
            response.Dispose();
            await budget.DelayAsync(wait, cancellationToken);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Strava answered 429 to {Path}; waiting {Wait} for the next rate-limit window")]
    partial void LogRateLimited(string? path, TimeSpan wait);
}
