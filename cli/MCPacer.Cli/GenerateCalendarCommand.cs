using System.CommandLine;
using MCPacer.Storage;

namespace MCPacer.Cli;

/// <summary>`mcpacer generate-calendar [plan-id] [--output FILE] [--format html|ics]`: the plan's calendar, written to a file.</summary>
static class GenerateCalendarCommand
{
    public static Command Create(Option<string?> dataDir)
    {
        var planId = PlanArgument.Create();
        var format = new Option<string>("--format")
        {
            Description = "html: the month calendar page, completed and missed runs marked; ics: iCalendar, one event per planned run",
            DefaultValueFactory = _ => "html",
        };
        format.AcceptOnlyFromAmong("html", "ics");
        var output = new Option<FileInfo?>("--output", "-o") { Description = "The file to write (default: <plan-id>.html or <plan-id>.ics here)" };

        var command = new Command("generate-calendar", "Writes the plan's calendar as an HTML page or an ICS file") { planId, format, output };
        command.SetAction((parse, ct) => CommandOutcome.RunAsync(async () =>
        {
            var stack = RunningStack.Find(parse.GetValue(dataDir));
            using var http = stack.CreateHttpClient(TimeSpan.FromSeconds(30));
            var plans = await stack.ConnectPlansAsync(http, ct);
            var id = await PlanArgument.ResolveAsync(plans, parse.GetValue(planId), ct);
            var extension = parse.GetValue(format)!;

            var text = extension == "ics" ? await plans.GetCalendarIcsAsync(id, ct) : await plans.GetCalendarHtmlAsync(id, ct);
            var path = parse.GetValue(output)?.FullName ?? Path.GetFullPath($"{id}.{extension}");
            await AtomicFile.WriteAllTextAsync(path, text, ct);
            Console.WriteLine($"Wrote {path}");
            return 0;
        }));
        return command;
    }
}
