using System.Text.Json.Serialization;

namespace MCPacer.Contracts.StravaApi;

/// <summary>Strava's DetailedAthlete, as <c>GET /api/v3/athlete</c> returns it: the summary plus preferences, counts and gear.</summary>
public sealed record DetailedAthlete : SummaryAthlete
{
    public DetailedAthlete() => ResourceState = 3;

    [JsonPropertyName("bio")] public string? Bio { get; init; }

    /// <summary>Kilograms.</summary>
    [JsonPropertyName("weight")] public double? Weight { get; init; }

    /// <summary>"meters" or "feet".</summary>
    [JsonPropertyName("measurement_preference")] public string? MeasurementPreference { get; init; }

    /// <summary>strftime pattern of the athlete's date format ("%m/%d/%Y").</summary>
    [JsonPropertyName("date_preference")] public string? DatePreference { get; init; }

    /// <summary>0 cyclist, 1 runner.</summary>
    [JsonPropertyName("athlete_type")] public int AthleteType { get; init; }

    /// <summary>Functional threshold power, watts; null when not set.</summary>
    [JsonPropertyName("ftp")] public int? Ftp { get; init; }
    [JsonPropertyName("follower_count")] public int FollowerCount { get; init; }
    [JsonPropertyName("friend_count")] public int FriendCount { get; init; }
    [JsonPropertyName("mutual_friend_count")] public int MutualFriendCount { get; init; }
    [JsonPropertyName("bikes")] public IReadOnlyList<SummaryGear> Bikes { get; init; } = [];
    [JsonPropertyName("shoes")] public IReadOnlyList<SummaryGear> Shoes { get; init; } = [];
    [JsonPropertyName("blocked")] public bool Blocked { get; init; }
    [JsonPropertyName("can_follow")] public bool CanFollow { get; init; }
    [JsonPropertyName("postable_clubs_count")] public int PostableClubsCount { get; init; }
}
