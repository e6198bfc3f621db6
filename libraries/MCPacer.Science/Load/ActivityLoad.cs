namespace MCPacer.Science.Load;

/// <summary>How an activity's load was measured, best first.</summary>
public enum LoadMethod
{
    /// <summary>rTSS from grade-adjusted pace against threshold pace (TrainingPeaks' rTSS with Minetti's grade cost).</summary>
    RunningTss,

    /// <summary>hrTSS: Banister TRIMP scaled so one hour at threshold heart rate is 100 (Elevate's HRSS).</summary>
    HeartRateTss,

    /// <summary>Foster's session RPE (CR-10 × minutes), rescaled to TSS units.</summary>
    SessionRpe,

    /// <summary>Estimated from duration and session type.</summary>
    DurationEstimate,

    /// <summary>Banister TRIMP in its own units (not TSS): for display and comparison, not for the fitness series.</summary>
    Trimp,
}

/// <summary>One activity's load with the method that produced it. Every method but <see cref="LoadMethod.Trimp"/>
/// is on Coggan's TSS scale (one hour at threshold = 100), so they can be summed into one daily series.</summary>
/// <param name="Value">The load.</param>
/// <param name="Method">How it was measured.</param>
public readonly record struct ActivityLoad(double Value, LoadMethod Method)
{
    /// <summary>
    /// The load of a non-running activity counted towards running fitness: value × factor (0 to 1, the caller's
    /// cross-training factor; 1 counts it in full, as heart-rate load does physiologically).
    /// </summary>
    public ActivityLoad AsCrossTraining(double factor) => this with { Value = Value * factor };
}
