using MCPacer.Contracts.Plans;

namespace MCPacer.Mcp.Tests;

/// <summary>Plans as the plans service sends them.</summary>
static class SamplePlans
{
    public static TrainingPlan Sub3 { get; } = new("sub3-spring", "rev-2", "Sub-3 Marathon Build",
        new GoalRace(new DateOnly(2026, 5, 10), "marathon", 42.195, "2:59:59", "4:15", "Spring City Marathon"),
        new DateOnly(2026, 3, 30), null,
        [
            new PlanWeek(1, new DateOnly(2026, 3, 30), 40, "Base", [],
            [
                new PlannedRun(new DateOnly(2026, 3, 30), 0, "Monday", "easy", 10, "5:20", null, null, null),
                new PlannedRun(new DateOnly(2026, 4, 1), 0, "Wednesday", "workout", 12, null, "5x1km @ 3:55", null, null),
                new PlannedRun(new DateOnly(2026, 4, 1), 1, "Wednesday", "recovery", null, null, null, null, 30),
            ]),
        ], false, []);

    public static PlanSummary Summary(string id, bool active = false, bool broken = false) => new(id,
        broken ? null : "Sub-3 Marathon Build", broken ? null : "Spring City Marathon", broken ? null : new DateOnly(2026, 5, 10),
        broken ? null : "2:59:59", broken ? 0 : 6, active, false, "rev-1", broken,
        broken ? [new PlanProblem($"{id}.yaml", 29, 11, "weeks[0].runs[2].type", "unknown run type 'jog'")] : []);
}
