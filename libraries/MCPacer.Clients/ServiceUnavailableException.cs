using System.Globalization;

namespace MCPacer.Clients;

/// <summary>
/// The service could not be reached, did not answer in time or answered with a server error: worth trying again,
/// unlike a refused request. <see cref="Status"/> is null when no answer came at all.
/// </summary>
public sealed class ServiceUnavailableException(string service, int? status, string? problem, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public string Service { get; } = service;

    public int? Status { get; } = status;

    /// <summary>What the service's ProblemDetails said about the failure, if it sent one.</summary>
    public string? Problem { get; } = problem;

    /// <summary>The ProblemDetails' title: the failure in a few words ("Strava's rate limit is spent").</summary>
    public string? Title { get; init; }

    /// <summary>The failure in a few words for a page or the model: the title, else which service is busy.</summary>
    public string Headline => Title ?? $"The {Service} service is busy";

    /// <summary>When the service said it can answer again (its Retry-After); asking sooner is refused again.</summary>
    public DateTimeOffset? RetryAt { get; init; }

    /// <summary>"after 14:45 (in 12 min)" in the runner's local time, the same words on a page and to the model; null without a <see cref="RetryAt"/>.</summary>
    public string? WhenToRetry(TimeProvider clock)
    {
        if (RetryAt is not { } at)
        {
            return null;
        }

        var local = TimeZoneInfo.ConvertTime(at, clock.LocalTimeZone);
        var left = at - clock.GetUtcNow();
        var wait = left.TotalMinutes >= 1
            ? $"in {(int)Math.Ceiling(left.TotalMinutes)} min"
            : $"in {Math.Max(1, (int)Math.Ceiling(left.TotalSeconds))} s";
        return string.Create(CultureInfo.InvariantCulture, $"after {local:HH:mm} ({wait})");
    }
}
