using System.CommandLine;
using System.Globalization;
using System.Text;
using MCPacer.Clients;
using MCPacer.Contracts.Plans;

namespace MCPacer.Cli;

/// <summary>`mcpacer analyze-plan [plan-id]`: the plan context the coach reads, then planned against done, week by week.</summary>
static class AnalyzePlanCommand
{
    public static Command Create(Option<string?> dataDir)
    {
        var planId = PlanArgument.Create();
        var command = new Command("analyze-plan", "The plan's context text and its adherence (planned vs done) per week") { planId };
        command.SetAction((parse, ct) => CommandOutcome.RunAsync(async () =>
        {
            var stack = RunningStack.Find(parse.GetValue(dataDir));
            using var http = stack.CreateHttpClient(TimeSpan.FromSeconds(30));
            var plans = await stack.ConnectPlansAsync(http, ct);
            var id = await PlanArgument.ResolveAsync(plans, parse.GetValue(planId), ct);

            Console.WriteLine((await plans.GetContextAsync(id, ct)).TrimEnd());
            Console.WriteLine();
            PlanAdherence adherence;
            try
            {
                adherence = await plans.GetAdherenceAsync(id, ct);
            }
            catch (ServiceUnavailableException e)
            {
                return CommandOutcome.Fail($"Adherence is not available: {e.Message}");
            }

            Console.WriteLine($"ADHERENCE: planned vs done (as of {adherence.AsOf:yyyy-MM-dd})");
            foreach (var week in adherence.Weeks)
            {
                Console.WriteLine(WeekLine(week));
            }

            return 0;
        }));
        return command;
    }

    static string WeekLine(WeekAdherence week)
    {
        var line = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
            $"Week {week.WeekNumber,2} from {week.WeekStartDate:yyyy-MM-dd} ({week.Status}): planned {week.PlannedKm:0.0} km in {week.PlannedRuns} runs"));
        if (week.Status == AdherenceStatus.WeekUpcoming)
        {
            return line.ToString();
        }

        line.Append(CultureInfo.InvariantCulture, $", done {week.ActualKm:0.0} km in {week.ActualRuns} runs");
        if (week.Compliance is { } compliance)
        {
            line.Append(CultureInfo.InvariantCulture, $", compliance {compliance.Score * 100:0}%{(week.Status == AdherenceStatus.WeekCurrent ? " so far" : "")}");
        }

        var counts = week.Runs.GroupBy(r => r.Status).OrderBy(g => StatusOrder(g.Key)).Select(g => $"{g.Count()} {g.Key}");
        return line.Append(": ").AppendJoin(", ", counts).ToString();
    }

    static int StatusOrder(string status) => status switch
    {
        AdherenceStatus.Matched => 0,
        AdherenceStatus.Moved => 1,
        AdherenceStatus.Missed => 2,
        AdherenceStatus.Extra => 3,
        _ => 4,
    };
}
