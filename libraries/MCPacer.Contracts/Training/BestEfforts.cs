namespace MCPacer.Contracts.Training;

/// <summary>The fastest stretch of one standard distance inside a run (elapsed time, from its streams).</summary>
public sealed record BestEffortRecord(
    string Distance, double Km, int Seconds, string Time, string Pace, long ActivityId, string ActivityName, DateOnly Date);

/// <summary>GET /api/strava/training/best-efforts: per standard distance the fastest effort since From, with the runs it beat.</summary>
/// <param name="Best">The fastest per distance, shortest distance first.</param>
/// <param name="History">Each time a distance's record improved, oldest first: the runner's PR history in the window.</param>
/// <param name="RunsWithStreams">How many runs were searched (only runs with stored streams can be).</param>
public sealed record BestEffortList(DateOnly From, IReadOnlyList<BestEffortRecord> Best, IReadOnlyList<BestEffortRecord> History, int RunsWithStreams);
