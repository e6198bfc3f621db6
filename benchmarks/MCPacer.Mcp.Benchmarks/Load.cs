using System.Collections.Concurrent;
using System.Diagnostics;

namespace MCPacer.Mcp.Benchmarks;

/// <summary>What one (read, path, clients) cell measured: the latency of every successful call and the failures.</summary>
sealed record CellResult(double[] LatenciesMs, int Errors, string? FirstError, TimeSpan Elapsed)
{
    public double Percentile(double p)
    {
        if (LatenciesMs.Length == 0)
        {
            return double.NaN;
        }

        // Nearest rank.
        var rank = (int)Math.Ceiling(p / 100 * LatenciesMs.Length);
        return LatenciesMs[Math.Clamp(rank - 1, 0, LatenciesMs.Length - 1)];
    }
}

static class Load
{
    /// <summary>
    /// <paramref name="clients"/> concurrent loops, each on its own client, sharing <paramref name="calls"/> calls
    /// (after <paramref name="warmup"/> unrecorded ones), stopping early at <paramref name="limit"/>.
    /// A call returns null when it succeeded, or what went wrong.
    /// </summary>
    public static async Task<CellResult> RunAsync(int clients, int warmup, int calls, TimeSpan limit, Func<int, Task<string?>> call)
    {
        await RunLoopsAsync(clients, warmup, TimeSpan.FromMinutes(1), call, latencies: null);

        var latencies = new ConcurrentBag<double>();
        var (errors, firstError, elapsed) = await RunLoopsAsync(clients, calls, limit, call, latencies);
        return new CellResult([.. latencies.Order()], errors, firstError, elapsed);
    }

    static async Task<(int Errors, string? FirstError, TimeSpan Elapsed)> RunLoopsAsync(
        int clients, int calls, TimeSpan limit, Func<int, Task<string?>> call, ConcurrentBag<double>? latencies)
    {
        var remaining = calls;
        var errors = 0;
        string? firstError = null;
        var watch = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            while (Interlocked.Decrement(ref remaining) >= 0 && watch.Elapsed < limit)
            {
                var started = Stopwatch.GetTimestamp();
                string? error;
                try
                {
                    error = await call(client);
                }
                catch (Exception e)
                {
                    error = $"{e.GetType().Name}: {e.Message}";
                }

                if (error is null)
                {
                    latencies?.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                else
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, error, null);
                }
            }
        })));

        return (errors, firstError, watch.Elapsed);
    }
}
