using MCPacer.Clients;

namespace MCPacer.Dashboard.Components;

/// <summary>
/// What one card shows, or in words why it cannot: a service that is down or refuses costs that card only,
/// and the rest of the page stays.
/// </summary>
public sealed record Fetched<T>(T? Value, string? Problem) where T : class
{
    /// <summary>The value <paramref name="load"/> gives, or the service's words for its failure.</summary>
    public static async Task<Fetched<T>> FromAsync(Func<Task<T>> load)
    {
        try
        {
            return new(await load(), null);
        }
        catch (ServiceUnavailableException e)
        {
            return new(null, e.Message);
        }
        catch (ServiceRequestException e)
        {
            return new(null, e.Message);
        }
    }
}
