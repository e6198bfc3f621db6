using MCPacer.Events.Caching;
using MCPacer.ServiceDefaults.Telemetry;

namespace MCPacer.ServiceDefaults.Tests;

public sealed class ReadCacheBuildTests
{
    [Fact]
    public async Task Readers_of_a_build_that_blocks_its_thread_are_not_held_and_share_its_one_answer()
    {
        var ct = TestContext.Current.CancellationToken;
        using var telemetry = new ServiceTelemetry("MCPacer.Tests");
        var cache = new ReadCache(new ReadCacheEvents(), telemetry, TimeProvider.System);
        var key = new ReadCacheKey("best-efforts", "", "v1");
        using var release = new ManualResetEventSlim();
        var builds = 0;

        // Synchronous work before the first await, as a search through SQLite does (its async calls complete synchronously).
        Task<BuiltAnswer<int>> BuildAsync(CancellationToken _)
        {
            Interlocked.Increment(ref builds);
            release.Wait(ct);
            return Task.FromResult(new BuiltAnswer<int>(42));
        }

        try
        {
            var readers = await Task.Factory.StartNew(() => Enumerable.Range(0, 4).Select(_ => cache.GetOrBuildAsync(key, BuildAsync, ct)).ToList(), ct)
                .WaitAsync(TimeSpan.FromSeconds(5), ct);

            Assert.All(readers, reader => Assert.False(reader.IsCompleted));
            release.Set();
            var answers = await Task.WhenAll(readers);
            Assert.All(answers, answer => Assert.Equal(42, answer));
            Assert.Equal(1, builds);
        }
        finally
        {
            release.Set();
        }
    }
}
