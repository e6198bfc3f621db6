using Xunit;

namespace MCPacer.Testing;

/// <summary>Waits for something another process does in its own time (an event crossing Redis), up to a bound.</summary>
public static class Eventually
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    /// <summary>Reads until the answer contains <paramref name="expected"/>; fails with the last answer after <see cref="Bound"/>.</summary>
    public static async Task ContainsAsync(string expected, Func<Task<string>> read)
    {
        var deadline = DateTime.UtcNow + Bound;
        string answer;
        while (!(answer = await read()).Contains(expected, StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Contains(expected, answer);
            }

            await Task.Delay(50);
        }
    }
}
