namespace MCPacer.Science.Tests;

/// <summary>Constructed activity streams: one sample per step, each sample holding the value of the interval it ends.</summary>
static class TestStreams
{
    public static double[] Time(int samples, double step = 1) => Enumerable.Range(0, samples).Select(i => i * step).ToArray();

    public static double[] Constant(int samples, double value) => Enumerable.Repeat(value, samples).ToArray();

    /// <summary>Cumulative distance of a velocity stream over a time stream.</summary>
    public static double[] Distance(double[] time, double[] velocity)
    {
        var distance = new double[time.Length];
        for (var i = 1; i < time.Length; i++)
        {
            distance[i] = distance[i - 1] + velocity[i] * (time[i] - time[i - 1]);
        }

        return distance;
    }

    public static double Clock(string text) => TimeSpan.Parse(text.Count(c => c == ':') == 1 ? "0:" + text : text).TotalSeconds;
}
