using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using MCPacer.Contracts.StravaApi;
using MCPacer.Testing;

namespace MCPacer.StravaStandIn.Tests;

/// <summary>
/// The Strava API records against Strava's own word: the property names of the swagger's response examples (its
/// definitions are only referenced, on developers.strava.com, so the examples are what the file holds) and of the
/// real responses recorded by client libraries. Every name Strava sends is in the record or in <see cref="LeftOut"/>
/// with its reason; every name the record has, Strava sends.
/// </summary>
public sealed class StravaShapeTests
{
    /// <summary>What the records leave out on purpose, and why.</summary>
    static readonly Dictionary<(Type Record, string Field), string> LeftOut = new()
    {
        [(typeof(SummaryActivity), "device_name")] = "the swagger's listing example has it; real listings (2025 recordings) send it on the detail only",
        [(typeof(DetailedActivity), "segment_efforts")] = "the stand-in has no segments, and MCPacer reads none",
        [(typeof(DetailedActivity), "best_efforts")] = "segment-effort objects like segment_efforts; not modelled",
        [(typeof(DetailedActivity), "photos")] = "the demo athlete posts no photos (photo_count and total_photo_count say 0)",
        [(typeof(DetailedActivity), "highlighted_kudosers")] = "athletes who gave kudos: the stand-in has no other athletes",
        [(typeof(DetailedActivity), "similar_activities")] = "Strava's comparison with the athlete's efforts on the same route; not modelled",
        [(typeof(DetailedActivity), "stats_visibility")] = "privacy settings per figure (all \"everyone\"); MCPacer never reads them",
        [(typeof(DetailedActivity), "partner_brand_tag")] = "only in the 2018 swagger example (null), not in real 2025 details",
        [(typeof(DetailedActivity), "leaderboard_opt_out")] = "only in the 2018 swagger example, not in real 2025 details",
        [(typeof(DetailedActivity), "segment_leaderboard_opt_out")] = "only in the 2018 swagger example, not in real 2025 details",
        [(typeof(DetailedAthlete), "clubs")] = "the demo athlete belongs to no club, and clubs are not modelled",
    };

    public static TheoryData<string> Records => [.. Shapes().Keys];

    static Dictionary<string, (Type Record, JsonNode[] Swagger, JsonNode[] Recorded)> Shapes()
    {
        var detail = StravaFixtures.SwaggerExample("/activities/{id}");
        var athlete = StravaFixtures.SwaggerExample("/athlete");
        var recordedDetail = StravaFixtures.Cassette("client_activity");
        var zones = StravaFixtures.Cassette("client_activity_zones").AsArray();
        var token = StravaFixtures.Cassette("oauth_token_authorization_code");
        JsonNode[] Items(JsonNode node) => [.. node.AsArray().Select(n => n!)];
        return new()
        {
            ["SummaryActivity"] = (typeof(SummaryActivity), Items(StravaFixtures.SwaggerExample("/athlete/activities")),
                [.. StravaFixtures.Read("strava-ruby-client/all_athlete_activities.selected.json")["selected"]!.AsArray().Select(s => s!["activity"]!)]),
            ["DetailedActivity"] = (typeof(DetailedActivity),
                [detail, StravaFixtures.SwaggerExample("/activities", "post", "201"), StravaFixtures.SwaggerExample("/activities/{id}", "put")],
                [recordedDetail, StravaFixtures.Cassette("client_create_activity"), StravaFixtures.Cassette("client_activity_ride")]),
            ["DetailedAthlete"] = (typeof(DetailedAthlete), [athlete], [StravaFixtures.Cassette("client_athlete")]),
            ["SummaryAthlete"] = (typeof(SummaryAthlete),
                [.. Items(StravaFixtures.SwaggerExample("/activities/{id}/kudos")), .. Items(StravaFixtures.SwaggerExample("/clubs/{id}/admins"))],
                [token["athlete"]!]),
            ["Lap"] = (typeof(Lap), [.. Items(StravaFixtures.SwaggerExample("/activities/{id}/laps")), .. Items(detail["laps"]!)],
                [.. Items(StravaFixtures.Cassette("client_activity_laps")), .. Items(recordedDetail["laps"]!)]),
            ["Split"] = (typeof(Split), Items(detail["splits_metric"]!), Items(recordedDetail["splits_metric"]!)),
            ["MetaAthlete"] = (typeof(MetaAthlete), [detail["athlete"]!], [recordedDetail["athlete"]!]),
            ["PolylineMap"] = (typeof(PolylineMap), [detail["map"]!], [recordedDetail["map"]!]),
            ["SummaryGear"] = (typeof(SummaryGear), [.. Items(athlete["shoes"]!), .. Items(athlete["bikes"]!), detail["gear"]!], [recordedDetail["gear"]!]),
            ["ActivityZone"] = (typeof(ActivityZone), Items(StravaFixtures.SwaggerExample("/athlete/zones")),
                [.. Items(zones), .. Items(StravaFixtures.Read("stravalib/example_zone_response.json"))]),
            ["TimedZoneRange"] = (typeof(TimedZoneRange), Items(StravaFixtures.SwaggerExample("/athlete/zones")[0]!["distribution_buckets"]!),
                Items(zones[0]!["distribution_buckets"]!)),
            ["TokenResponse"] = (typeof(TokenResponse), [], [token]),
        };
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Every_field_Strava_sends_is_in_the_record_or_left_out_with_a_reason(string name)
    {
        var (record, swagger, recorded) = Shapes()[name];
        var strava = swagger.Concat(recorded).SelectMany(o => o.AsObject().Select(p => p.Key)).ToHashSet();

        var missing = strava.Except(JsonNames(record)).Order().ToList();

        Assert.Equal(LeftOut.Keys.Where(k => k.Record == record).Select(k => k.Field).Order(), missing);
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Every_field_of_the_record_is_one_Strava_sends(string name)
    {
        var (record, swagger, recorded) = Shapes()[name];
        var strava = swagger.Concat(recorded).SelectMany(o => o.AsObject().Select(p => p.Key)).ToHashSet();

        Assert.Empty(JsonNames(record).Except(strava));
    }

    [Fact]
    public void Every_reason_to_leave_a_field_out_is_written_down()
    {
        Assert.All(LeftOut, entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), $"{entry.Key.Record.Name}.{entry.Key.Field} has no reason"));
    }

    /// <summary>The JSON names of the record's properties, inherited ones included.</summary>
    static HashSet<string> JsonNames(Type record) =>
    [
        .. record.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name)
            .OfType<string>(),
    ];
}
