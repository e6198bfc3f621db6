using System.Globalization;
using MCPacer.Science.Fitness;

namespace MCPacer.Strava.Training;

/// <summary>A ramp flag of MCPacer.Science's <see cref="TrainingWeek"/> with how far over the baseline the week went.</summary>
internal sealed record RampFlag(string Short, string Sentence)
{
    /// <summary>The flags week <paramref name="index"/> raises, with their percentages over the baselines the flags compare with.</summary>
    public static IReadOnlyList<RampFlag> Of(IReadOnlyList<TrainingWeek> weeks, int index)
    {
        var week = weeks[index];
        var flags = new List<RampFlag>();
        if (week.LoadJump)
        {
            flags.Add(Flag("load", week.Load, weeks.Skip(index - 3).Take(3).Average(w => w.Load), "the mean of the 3 weeks before"));
        }

        if (week.VolumeJump)
        {
            flags.Add(Flag("distance", week.Kilometers, weeks.Skip(index - 3).Take(3).Average(w => w.Kilometers), "the mean of the 3 weeks before"));
        }

        if (week.LongRunJump)
        {
            flags.Add(Flag("long run", week.LongestRunKm, weeks.Skip(index - 4).Take(4).Max(w => w.LongestRunKm), "the longest of the 4 weeks before"));
        }

        return flags;
    }

    static RampFlag Flag(string what, double value, double baseline, string against)
    {
        var percent = (value / baseline - 1) * 100;
        return new RampFlag(
            string.Create(CultureInfo.InvariantCulture, $"{what} +{percent:0} %"),
            string.Create(CultureInfo.InvariantCulture, $"{what} +{percent:0} % over {against} ({value:0.#} against {baseline:0.#})"));
    }
}
