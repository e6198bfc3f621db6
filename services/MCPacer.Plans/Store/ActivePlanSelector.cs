using MCPacer.Contracts;
using MCPacer.Contracts.Plans;
using MCPacer.Plans.Yaml;
using MCPacer.ServiceDefaults.Time;
using MCPacer.Storage;

namespace MCPacer.Plans.Store;

/// <summary>
/// The plan the coach holds the runner to: the one the runner pinned, else the plan whose race is nearest
/// on or after today (as in the original MCPacer). The pin is a one-line file beside the plans.
/// </summary>
sealed class ActivePlanSelector(PlanStore store, AthleteClock clock)
{
    readonly string _pinFile = Path.Combine(store.Directory, ".pinned-plan");

    public Slug? Pinned =>
        File.Exists(_pinFile) && Slug.TryParse(File.ReadAllText(_pinFile).Trim(), out var id) && store.Find(id) is not null ? id : null;

    public ActivePlan Current()
    {
        if (Pinned is { } pinned)
        {
            return new ActivePlan(pinned.Value, true);
        }

        return new ActivePlan(NearestRace(store.List(), clock.Today)?.Id, false);
    }

    public static PlanDocument? NearestRace(IEnumerable<PlanDocument> plans, DateOnly today) => plans
        .Where(p => p.Plan.GoalRace?.Date >= today)
        .OrderBy(p => p.Plan.GoalRace!.Date)
        .ThenBy(p => p.Id, StringComparer.Ordinal)
        .FirstOrDefault();

    public async Task PinAsync(Slug? id, CancellationToken cancellationToken)
    {
        if (id is { } pinned)
        {
            await AtomicFile.WriteAllTextAsync(_pinFile, pinned.Value + "\n", cancellationToken);
        }
        else
        {
            File.Delete(_pinFile);
        }
    }
}
