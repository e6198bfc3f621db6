using System.Diagnostics;

namespace MCPacer.Mcp.Benchmarks;

/// <summary>What one (read, path, clients) cell measured: the latency of every successful call and the failures.</summary>
sealed record CellResult(double[] LatenciesMs, int Errors, string? FirstError, TimeSpan Elapsed)
{
    public double CallsPerSecond => LatenciesMs.Length / Elapsed.TotalSeconds;

    public double Max => LatenciesMs.Length == 0 ? double.NaN : LatenciesMs[^1];

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
    /// <paramref name="clients"/> concurrent loops, each on its own client, calling for <paramref name="warmup"/> unrecorded,
    /// then for <paramref name="duration"/> recorded. A call returns null when it succeeded, or what went wrong.
    /// </summary>
    public static async Task<CellResult> RunAsync(int clients, TimeSpan warmup, TimeSpan duration, Func<int, Task<string?>> call)
    {
        await RunLoopsAsync(clients, warmup, call);
        return await RunLoopsAsync(clients, duration, call);
    }

    static async Task<CellResult> RunLoopsAsync(int clients, TimeSpan duration, Func<int, Task<string?>> call)
    {
        var errors = 0;
        string? firstError = null;
        var watch = Stopwatch.StartNew();

        var perClient = await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var latencies = new List<double>();
            while (watch.Elapsed < duration)
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
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                else
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, error, null);
                }
            }

            return latencies;
        })));

        var elapsed = watch.Elapsed;
        return new CellResult([.. perClient.SelectMany(l => l).Order()], errors, firstError, elapsed);
    }
}
