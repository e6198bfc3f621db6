using Bunit;
using MCPacer.Dashboard.Components;

namespace MCPacer.Dashboard.Tests;

public sealed class RunTypeBadgeTests : DashboardContext
{
    const string Green = "#48bb78", Purple = "#9f7aea", Orange = "#ed8936", Red = "#f56565", Teal = "#38b2ac", Grey = "#cbd5e0";

    /// <summary>The original MCPacer's ten run types, each with the label and colour of what it counts as.</summary>
    public static TheoryData<string, string, string> OriginalTypes => new()
    {
        { "easy", "Easy", Green },
        { "recovery", "Recovery", Green },
        { "shakeout", "Shakeout", Green },
        { "long_run", "Long run", Purple },
        { "workout", "Workout", Orange },
        { "race", "Race", Red },
        { "tuneup_race", "Tune-up race", Red },
        { "gym", "Gym", Teal },
        { "cross_training", "Cross-training", Teal },
        { "rest", "Rest", Grey },
    };

    [Theory]
    [MemberData(nameof(OriginalTypes))]
    public void An_original_run_type_shows_its_label_in_its_kinds_colour_with_the_type_as_tooltip(string type, string label, string colour)
    {
        var badge = Render<RunTypeBadge>(parameters => parameters.Add(c => c.Type, type)).Find("[data-testid='run-type']");

        Assert.Equal(label, badge.TextContent.Trim());
        Assert.Contains($"background: {colour}", badge.GetAttribute("style"));
        Assert.Equal(type, badge.GetAttribute("title"));
    }

    [Fact]
    public void Our_long_and_the_originals_long_run_look_the_same()
    {
        var ours = Render<RunTypeBadge>(parameters => parameters.Add(c => c.Type, "long")).Find("[data-testid='run-type']");
        var original = Render<RunTypeBadge>(parameters => parameters.Add(c => c.Type, "long_run")).Find("[data-testid='run-type']");

        Assert.Equal((ours.TextContent, ours.GetAttribute("style")), (original.TextContent, original.GetAttribute("style")));
    }

    [Fact]
    public void A_type_no_schema_knows_is_shown_as_written_without_a_colour()
    {
        var badge = Render<RunTypeBadge>(parameters => parameters.Add(c => c.Type, "jog")).Find("[data-testid='run-type']");

        Assert.Equal("jog", badge.TextContent.Trim());
        Assert.DoesNotContain("background:", badge.GetAttribute("style") ?? "");
    }
}
