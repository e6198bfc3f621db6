using System.CommandLine;
using MCPacer.Clients;

namespace MCPacer.Cli;

/// <summary>The optional plan id of the plan commands: without one, the active plan (the nearest race, or the pinned one).</summary>
static class PlanArgument
{
    public static Argument<string?> Create() => new("plan-id")
    {
        Description = "The plan's id; default: the active plan (the nearest race, or the pinned one)",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public static async Task<string> ResolveAsync(PlansClient plans, string? given, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(given))
        {
            return given.Trim();
        }

        if ((await plans.GetActiveAsync(ct)).PlanId is { } active)
        {
            return active;
        }

        var ids = (await plans.ListAsync(ct)).Select(p => p.Id).ToList();
        throw new ServiceRequestException(PlansClient.ServiceName, 404, "No active plan",
            ids.Count == 0 ? "There is no training plan yet." : $"There is no active plan; name one of: {string.Join(", ", ids)}.");
    }
}
