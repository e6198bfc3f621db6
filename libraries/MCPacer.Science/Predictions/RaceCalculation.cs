namespace MCPacer.Science.Predictions;

/// <summary>A predicted race time by both methods.</summary>
/// <param name="Distance">The race.</param>
/// <param name="VdotSeconds">Daniels–Gilbert: the time at the runner's VDOT.</param>
/// <param name="RiegelSeconds">Riegel's T₂ = T₁ (D₂/D₁)^1.06 from the same performance: a second opinion.</param>
public readonly record struct RacePrediction(RaceDistance Distance, double VdotSeconds, double RiegelSeconds);

/// <summary>What one performance says: its VDOT, race predictions and Daniels' training paces.</summary>
/// <param name="Vdot">Daniels–Gilbert VDOT of the performance.</param>
/// <param name="Predictions">5k, 10k, half marathon and marathon.</param>
/// <param name="Paces">Daniels' training paces at that VDOT.</param>
public sealed record RaceCalculation(double Vdot, IReadOnlyList<RacePrediction> Predictions, TrainingPaces Paces)
{
    /// <summary>
    /// The calculator mode (Daniels' Running Formula; Riegel 1981): distance and time → VDOT → predicted times at the
    /// standard distances and the training paces.
    /// </summary>
    public static RaceCalculation From(double meters, double seconds)
    {
        var vdot = Science.Predictions.Vdot.FromRace(meters, seconds);
        var predictions = RaceDistances.Predicted
            .Select(d => new RacePrediction(d, Science.Predictions.Vdot.PredictSeconds(vdot, d.Meters), Riegel.PredictSeconds(meters, seconds, d.Meters)))
            .ToList();
        return new RaceCalculation(vdot, predictions, TrainingPaces.FromVdot(vdot));
    }
}
