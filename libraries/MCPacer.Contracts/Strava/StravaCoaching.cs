namespace MCPacer.Contracts.Strava;

/// <summary>GET /api/strava/context/runs: the tiered training overview the coach loads at session start.</summary>
public sealed record RunContext(string Text, int ApproxTokens, DateOnly Today, string TimeZone, int Activities);

/// <summary>A run without a digest and the prompt (built here) that asks the coach for one.</summary>
public sealed record PendingDigest(long ActivityId, DateOnly LocalDate, string Name, string Prompt);

/// <summary>GET /api/strava/digests/pending.</summary>
public sealed record PendingDigests(IReadOnlyList<PendingDigest> Runs, IReadOnlyList<string> Tags);

/// <summary>PUT /api/strava/activities/{id}/digest: one compact line.</summary>
public sealed record SaveDigestRequest(string Digest);

/// <summary>POST /api/strava/activities/{id}/notes.</summary>
public sealed record AddNoteRequest(string Text);

/// <summary>PUT /api/strava/activities/{id}/feedback: the coach's block for the Strava description.</summary>
public sealed record CoachingFeedbackRequest(string Feedback);

/// <summary>What the activity's description on Strava now reads; Replaced when an earlier block of ours was swapped.</summary>
public sealed record CoachingFeedbackResult(long ActivityId, string Description, bool Replaced);
