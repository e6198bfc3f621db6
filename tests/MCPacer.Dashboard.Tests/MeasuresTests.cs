using MCPacer.Dashboard.Preferences;

namespace MCPacer.Dashboard.Tests;

public sealed class MeasuresTests : DashboardContext
{
    [Theory]
    [InlineData(DistanceUnit.Kilometres, "21.10 km")]
    [InlineData(DistanceUnit.Miles, "13.11 mi")]
    public void A_half_marathon_reads_in_the_chosen_unit(DistanceUnit units, string expected) =>
        Assert.Equal(expected, Measures.FormatKm(21.0975, units, 2));

    [Theory]
    [InlineData(DistanceUnit.Kilometres, "5:00 /km")]
    [InlineData(DistanceUnit.Miles, "8:03 /mi")]
    public void A_five_minute_kilometre_pace_reads_per_km_or_per_mile(DistanceUnit units, string expected) =>
        Assert.Equal(expected, Measures.FormatPace(1000.0 / 300, units));

    [Fact]
    public void A_standing_still_pace_is_a_dash_not_infinity() =>
        Assert.Equal("–", Measures.FormatPace(0, DistanceUnit.Kilometres));

    [Theory]
    [InlineData(DistanceUnit.Kilometres, 152.4, "152 m")]
    [InlineData(DistanceUnit.Miles, 152.4, "500 ft")]
    [InlineData(DistanceUnit.Kilometres, -0.3, "0 m")]
    public void Heights_are_metres_with_km_and_feet_with_miles_and_never_minus_zero(DistanceUnit units, double metres, string expected) =>
        Assert.Equal(expected, Measures.FormatHeight(metres, units));

    [Theory]
    [InlineData("4:30-4:45", DistanceUnit.Kilometres, "4:30–4:45 /km")]
    [InlineData("4:30-4:45", DistanceUnit.Miles, "7:15–7:39 /mi")]
    [InlineData("easy, conversational", DistanceUnit.Miles, "easy, conversational")]
    [InlineData(null, DistanceUnit.Miles, "–")]
    public void A_plan_pace_range_is_converted_and_free_text_kept(string? pace, DistanceUnit units, string expected) =>
        Assert.Equal(expected, Measures.FormatPaceText(pace, units));

    [Theory]
    [InlineData(59.6, "1:00")]
    [InlineData(3725, "1:02:05")]
    public void Times_read_as_a_clock(double seconds, string expected) =>
        Assert.Equal(expected, Measures.FormatClock(seconds));
}
