namespace MCPacer.Contracts.Training;

/// <summary>
/// POST /api/plans/{id}/projection/preview: the projection of the plan as it is and as the edit would leave it
/// (nothing saved), and what the edit changes in one line.
/// </summary>
/// <param name="Difference">Race-day form and fitness, peak fitness and the too-fast weeks, before → after.</param>
public sealed record ProjectionPreview(FitnessProjection Current, FitnessProjection Edited, string Difference);
