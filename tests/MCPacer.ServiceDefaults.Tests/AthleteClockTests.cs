using MCPacer.ServiceDefaults.Time;
using Microsoft.Extensions.Options;

namespace MCPacer.ServiceDefaults.Tests;

/// <summary>The one rule for the athlete's date: the setting, else the zone Strava knows, else the machine's.</summary>
public sealed class AthleteClockTests
{
    /// <summary>Monday 7 December 2026 11:05 UTC: Tuesday 8 December 00:05 in Auckland (NZDT, UTC+13).</summary>
    static readonly DateTimeOffset JustAfterMidnightInAuckland = new(2026, 12, 7, 11, 5, 0, TimeSpan.Zero);

    static AthleteClock Clock(string? setting) =>
        new(new UtcMachine(JustAfterMidnightInAuckland), Options.Create(new AthleteTimeOptions { TimeZone = setting }));

    [Fact]
    public void With_nothing_known_the_date_is_the_machines()
    {
        var clock = Clock(setting: null);

        Assert.Equal((new DateOnly(2026, 12, 7), AthleteTimeZoneSource.Machine), (clock.Today, clock.Source));
    }

    [Fact]
    public void The_zone_Strava_knows_moves_the_date_past_the_athletes_midnight()
    {
        var clock = Clock(setting: null);

        clock.FollowStrava("Pacific/Auckland");

        Assert.Equal((new DateOnly(2026, 12, 8), AthleteTimeZoneSource.Strava), (clock.Today, clock.Source));
    }

    [Fact]
    public void The_setting_wins_over_Strava()
    {
        var clock = Clock(setting: "Pacific/Auckland");

        clock.FollowStrava("America/Los_Angeles");

        Assert.Equal((new DateOnly(2026, 12, 8), AthleteTimeZoneSource.Setting), (clock.Today, clock.Source));
    }

    [Fact]
    public void A_zone_Strava_no_longer_names_or_one_unknown_here_falls_back_to_the_machine()
    {
        var clock = Clock(setting: null);
        clock.FollowStrava("Pacific/Auckland");

        clock.FollowStrava("Mars/Olympus_Mons");

        Assert.Equal(AthleteTimeZoneSource.Machine, clock.Source);
    }

    [Fact]
    public void An_unknown_setting_is_refused_at_start_with_its_name()
    {
        var errors = new AthleteTimeOptions { TimeZone = "Europe/Atlantis" }.Validate(new(new object())).ToList();

        Assert.Contains("Europe/Atlantis", Assert.Single(errors).ErrorMessage);
    }

    sealed class UtcMachine(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
