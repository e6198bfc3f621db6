namespace MCPacer.Science.Predictions;

/// <summary>Riegel's endurance law (Riegel 1981, American Scientist 69:285): T₂ = T₁ · (D₂ / D₁)^1.06.</summary>
public static class Riegel
{
    /// <summary>Riegel's fatigue exponent for running.</summary>
    public const double Exponent = 1.06;

    /// <summary>Predicted seconds over <paramref name="targetMeters"/> from <paramref name="knownSeconds"/> over <paramref name="knownMeters"/>.</summary>
    public static double PredictSeconds(double knownMeters, double knownSeconds, double targetMeters, double exponent = Exponent) =>
        knownSeconds * Math.Pow(targetMeters / knownMeters, exponent);
}
