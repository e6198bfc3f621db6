using System.CommandLine;
using System.Globalization;

namespace MCPacer.Cli;

/// <summary>`mcpacer status`: every resource's state, health, restarts and address, and whether the gateway answers.</summary>
static class StatusCommand
{
    public static Command Create(Option<string?> dataDir)
    {
        var command = new Command("status", "Each resource's state, health, restarts and address (from <data-dir>/apphost/resources.json), and whether the gateway answers");
        command.SetAction((parse, ct) => CommandOutcome.RunAsync(async () =>
        {
            var stack = RunningStack.Find(parse.GetValue(dataDir));
            var answers = await stack.GatewayAnswersAsync(ct);

            Console.WriteLine($"MCPacer in {stack.DataDir} (states as of {stack.States.UpdatedAt.ToLocalTime():yyyy-MM-dd HH:mm:ss})");
            Console.WriteLine();
            Console.WriteLine(Row("RESOURCE", "STATE", "HEALTH", "RESTARTS", "URL"));
            foreach (var r in stack.States.Resources)
            {
                Console.WriteLine(Row(r.Name, r.State ?? "-", r.Health ?? "-", r.Restarts.ToString(CultureInfo.InvariantCulture), r.Url ?? "-"));
            }

            Console.WriteLine();
            Console.WriteLine($"gateway {stack.Gateway}: {(answers ? "answers" : "not answering")}");
            return answers ? 0 : CommandOutcome.Fail(new StackNotRunningException(stack.DataDir).Message);
        }));
        return command;
    }

    static string Row(string name, string state, string health, string restarts, string url) =>
        $"{name,-16} {state,-14} {health,-10} {restarts,-8} {url}";
}
