using System.Globalization;
using MCPacer.Science.Load;

namespace MCPacer.Strava.Training;

/// <summary>The physiology the formulas use: each value the runner's, else the estimate, else unknown.</summary>
internal sealed record Physiology(double? MaxHeartrate, double? RestingHeartrate, double? ThresholdHeartrate, double? ThresholdPace, Sex Sex)
{
    /// <summary>Banister's anchors, when both maximum and resting heart rate are known.</summary>
    public HeartRateProfile? HeartRate => MaxHeartrate is { } max && RestingHeartrate is { } rest && max > rest
        ? new HeartRateProfile(rest, max, Sex, ThresholdHeartrate)
        : null;

    /// <summary>Changes whenever a load computed with these values would: part of each cached load's key.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture,
        $"{MaxHeartrate:0.#}/{RestingHeartrate:0.#}/{ThresholdHeartrate:0.#}/{ThresholdPace:0.#}/{Sex}");
}
