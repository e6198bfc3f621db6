using System.Text.Json;
using MCPacer.Contracts.StravaApi;

namespace MCPacer.Strava.Tests;

/// <summary>Strava's streams as they arrive: nulls inside, fractions in integer channels, whole channels empty.</summary>
public sealed class StreamReadingTests
{
    static StreamSet Read(string json) => JsonSerializer.Deserialize<StreamSet>(json, JsonSerializerOptions.Web)!;

    [Fact]
    public void A_null_between_two_samples_is_interpolated_and_counted()
    {
        var streams = Read("""{"time": {"data": [0, 1, null, 5, 6]}, "distance": {"data": [0.0, 2.0, null, null, 8.0]}}""");

        Assert.Equal([0, 1, 3, 5, 6], streams.TimeStream!.Data);
        Assert.Equal([0.0, 2.0, 4.0, 6.0, 8.0], streams.DistanceStream!.Data);
        Assert.Equal("time 1, distance 2", streams.DescribeRepairs());
    }

    [Fact]
    public void Nulls_at_either_end_take_the_nearest_sample()
    {
        var streams = Read("""{"heartrate": {"data": [null, 120, 130, null]}, "latlng": {"data": [null, [52.5, 13.4], [52.6, 13.5], null]}}""");

        Assert.Equal([120, 120, 130, 130], streams.HeartrateStream!.Data);
        Assert.Equal([52.5, 13.4], streams.LatLngStream!.Data[0]);
        Assert.Equal([52.6, 13.5], streams.LatLngStream.Data[3]);
    }

    [Fact]
    public void A_point_between_two_points_lies_between_them()
    {
        var streams = Read("""{"latlng": {"data": [[52.0, 13.0], null, [52.2, 13.2]]}}""");

        Assert.Equal(52.1, streams.LatLngStream!.Data[1][0], 9);
        Assert.Equal(13.1, streams.LatLngStream.Data[1][1], 9);
    }

    [Fact]
    public void Flags_carry_the_one_before_and_fractions_in_whole_number_channels_are_rounded()
    {
        var streams = Read("""{"moving": {"data": [true, null, false]}, "cadence": {"data": [84.6, "n/a", 86]}}""");

        Assert.Equal([true, true, false], streams.MovingStream!.Data);
        Assert.Equal([85, 85, 86], streams.CadenceStream!.Data);
        Assert.Equal("cadence 1, moving 1", streams.DescribeRepairs());
    }

    [Fact]
    public void A_channel_of_nothing_but_nulls_is_empty_and_a_set_of_empty_channels_is_empty()
    {
        var streams = Read("""{"heartrate": {"data": [null, null]}, "time": {"data": []}}""");

        Assert.Empty(streams.HeartrateStream!.Data);
        Assert.True(streams.IsEmpty);
    }

    [Fact]
    public void Written_and_read_again_a_stream_keeps_its_samples_and_metadata()
    {
        var streams = Read("""{"altitude": {"data": [10.5, null, 12.5], "series_type": "time", "original_size": 3, "resolution": "medium"}}""");

        var again = Read(JsonSerializer.Serialize(streams, JsonSerializerOptions.Web));

        Assert.Equal([10.5, 11.5, 12.5], again.AltitudeStream!.Data);
        Assert.Equal(("time", 3, "medium"), (again.AltitudeStream.SeriesType, again.AltitudeStream.OriginalSize, again.AltitudeStream.Resolution));
        Assert.Null(again.DescribeRepairs());
    }

    [Fact]
    public void A_stream_that_is_not_an_object_is_refused_with_a_json_error()
    {
        Assert.Throws<JsonException>(() => Read("""{"time": [1, 2, 3]}"""));
    }
}
