namespace MCPacer.Contracts.Training;

/// <summary>Where a physiology value comes from: set by the runner, estimated from the synced streams, or unknown.</summary>
public static class ProfileSources
{
    public const string Set = "set";
    public const string Estimated = "estimated";
    public const string Unknown = "unknown";
}

/// <summary>The sexes Banister's TRIMP weighting knows; unspecified uses the male curve (Banister's original).</summary>
public static class ProfileSexes
{
    public const string Male = "male";
    public const string Female = "female";
    public const string Unspecified = "unspecified";
}

/// <summary>One physiology value: the number (bpm, or seconds per km for a pace), as people read it, and its source.</summary>
/// <param name="Value">Beats per minute, or seconds per km; null when unknown.</param>
/// <param name="Text">"188 bpm", "4:05/km", or "unknown".</param>
/// <param name="Source">One of <see cref="ProfileSources"/>.</param>
/// <param name="Basis">How an estimate was reached; null for a value the runner set.</param>
public sealed record ProfileValue(double? Value, string Text, string Source, string? Basis);

/// <summary>GET /api/strava/athlete/profile: the athlete's physiology as the load, zones and predictions use it.</summary>
public sealed record AthleteProfile(
    ProfileValue MaxHeartrate,
    ProfileValue RestingHeartrate,
    ProfileValue ThresholdHeartrate,
    ProfileValue ThresholdPace,
    string Sex,
    DateTimeOffset? UpdatedAt);

/// <summary>
/// PUT /api/strava/athlete/profile: the values the runner sets (heart rates in bpm, 30 to 250; threshold pace as
/// "m:ss" per km, 2:00 to 12:00; sex male, female or unspecified). A value left null is estimated from the data.
/// </summary>
public sealed record AthleteProfileUpdate(
    int? MaxHeartrate = null,
    int? RestingHeartrate = null,
    int? ThresholdHeartrate = null,
    string? ThresholdPace = null,
    string? Sex = null);
