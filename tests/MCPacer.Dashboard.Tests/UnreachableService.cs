using MCPacer.Clients;
using MCPacer.Dashboard.Components;
using Microsoft.Extensions.Logging.Abstractions;

namespace MCPacer.Dashboard.Tests;

/// <summary>What a card is given when its service does not answer: the real clients' words for a closed port.</summary>
static class UnreachableService
{
    static HttpClient Nowhere() => new() { BaseAddress = new Uri("http://127.0.0.1:1") };

    public static Task<Fetched<T>> StravaAsync<T>(Func<StravaClient, Task<T>> call) where T : class =>
        Fetched<T>.FromAsync(() => call(new StravaClient(Nowhere(), NullLogger<StravaClient>.Instance)));

    public static Task<Fetched<T>> PlansAsync<T>(Func<PlansClient, Task<T>> call) where T : class =>
        Fetched<T>.FromAsync(() => call(new PlansClient(Nowhere(), NullLogger<PlansClient>.Instance)));
}
