namespace MCPacer.Clients;

/// <summary>What a <see cref="BoundedCall"/> gave: the answer, or in a few words why there is none.</summary>
/// <param name="Unanswered">The service was down or too slow (a refusal, say "no VDOT yet", is an answer).</param>
public sealed record BoundedAnswer<T>(T? Value, string? Missing, bool Unanswered = false) where T : class;

/// <summary>
/// A call to another service whose answer the caller can do without (a line of the plan context, the coaching
/// skill's file): given a time limit, and its failure turned into a short reason, so that a slow or absent service
/// costs the caller a line, never a wait or an error.
/// </summary>
public static class BoundedCall
{
    public static async Task<BoundedAnswer<T>> RunAsync<T>(
        string service, TimeSpan limit, Func<CancellationToken, Task<T>> call, TimeProvider time, CancellationToken cancellationToken)
        where T : class
    {
        using var timeout = new CancellationTokenSource(limit, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return new(await call(linked.Token), null);
        }
        catch (ServiceUnavailableException)
        {
            return new(null, $"the {service} service is not answering", Unanswered: true);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new(null, $"{service} did not answer within {limit.TotalSeconds:0.#} s", Unanswered: true);
        }
        catch (ServiceRequestException refused)
        {
            return new(null, refused.Title);
        }
    }
}
