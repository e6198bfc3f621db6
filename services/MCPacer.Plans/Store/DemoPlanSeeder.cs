using MCPacer.Contracts;
using MCPacer.Contracts.Demo;
using MCPacer.Contracts.Plans;
using MCPacer.Plans.Yaml;
using Microsoft.Extensions.Options;
using MCPacer.ServiceDefaults.Time;

namespace MCPacer.Plans.Store;

/// <summary>
/// In demo mode, gives the demo athlete the 14-week marathon build that the Strava stand-in's runs follow,
/// dated so that today falls in its week 9. A plan already there (the runner may have edited it) is left alone.
/// </summary>
sealed partial class DemoPlanSeeder(PlanStore store, AthleteClock clock, IOptions<PlansOptions> options, ILogger<DemoPlanSeeder> logger)
    : IHostedService
{
    public static readonly Slug PlanId = Slug.FromTitle(DemoMarathonBuild.PlanName);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Demo || store.Find(PlanId) is not null)
        {
            return;
        }

        var outcome = await store.CreateAsync(PlanId, Write(clock.Today), cancellationToken);
        LogSeeded(PlanId.Value, outcome.GetType().Name);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static string Write(DateOnly today)
    {
        var race = new GoalRace(DemoMarathonBuild.RaceDate(today), "marathon", DemoMarathonBuild.RaceDistanceKm,
            DemoMarathonBuild.GoalTime, DemoMarathonBuild.GoalPace, DemoMarathonBuild.RaceName);
        var weeks = DemoMarathonBuild.Weeks(today).Select(week => new WeekDraft(week.WeekNumber, week.WeekStart,
            Math.Round(week.TotalKm, 1), week.Focus,
            [.. week.Sessions.Select(s => (s.Day, new RunFields(s.Type, s.DistanceKm, s.TargetPaceMinPerKm, s.Structure)))])).ToList();
        return PlanWriter.Write("The demo athlete's marathon build (MCPacer demo mode). Edit it like any plan.",
            DemoMarathonBuild.PlanName, race, DemoMarathonBuild.StartDate(today),
            "Three weeks up, one down; two taper weeks; race on the last Sunday.", weeks);
    }

    [LoggerMessage(LogLevel.Information, "Demo plan {PlanId}: {Outcome}")]
    partial void LogSeeded(string planId, string outcome);
}
