namespace MCPacer.Contracts.Coach;

/// <summary>One part of the coaching session's context with its approximate size in tokens.</summary>
public sealed record SessionContextPart(string Name, string Content, int ApproxTokens);

/// <summary>
/// What the coach service contributes to a session's context: memory, the last three logs, the persona and the load
/// line (strava's training-load summary, or why it is missing). Run and plan context come from the strava and plans
/// services. Tokens are estimated as characters / 4.
/// </summary>
public sealed record SessionContext(IReadOnlyList<SessionContextPart> Parts, int TotalApproxTokens, string TokenEstimate);
