using System.CommandLine;
using MCPacer.Cli.Import;
using MCPacer.Contracts.Stack;

namespace MCPacer.Cli;

/// <summary>
/// `mcpacer import-original DIR [--dry-run] [--force] [--with-strava]` (alias import-seed): copies an installation of
/// the original MCPacer into the data directory. It works on the files, so the stack may run or not; the services
/// read what it writes on their next request.
/// </summary>
static class ImportOriginalCommand
{
    public static Command Create(Option<string?> dataDir)
    {
        var folder = new Argument<DirectoryInfo>("dir") { Description = "The original MCPacer's folder (with training_plans/, coaching_data/, .env)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Only list what would be imported and what conflicts; write nothing" };
        var force = new Option<bool>("--force") { Description = "Replace what differs here (the conflicts) with the original's version" };
        var withStrava = new Option<bool>("--with-strava")
        {
            Description = "Also import the Strava app credentials and tokens from its .env (written owner-only, never printed)",
        };

        var command = new Command("import-original",
            "Imports the original MCPacer's plans, coach memory, session logs and own personas into the data directory; overwrites nothing without --force")
        {
            folder, dryRun, force, withStrava,
        };
        command.Aliases.Add("import-seed");
        command.SetAction(async (parse, ct) =>
        {
            var original = new OriginalInstallation(parse.GetValue(folder)!.FullName);
            if (!original.Exists)
            {
                return CommandOutcome.Fail($"{original.Root} is not an installation of the original MCPacer: it has no training_plans/, coaching_data/ or .env");
            }

            var data = new DataFolder(DataDirectory.Resolve(parse.GetValue(dataDir), Environment.GetEnvironmentVariable));
            var list = OriginalImport.Collect(original, data, parse.GetValue(force), parse.GetValue(withStrava));
            ImportReport.Print(list);
            if (parse.GetValue(dryRun))
            {
                Console.WriteLine("Dry run: nothing written.");
                return 0;
            }

            if (list.Writes.Count == 0)
            {
                Console.WriteLine("Nothing new to import.");
                return 0;
            }

            try
            {
                await OriginalImport.WriteAsync(list, ct);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return CommandOutcome.Fail($"Could not write into {data.Root}: {e.Message}");
            }

            Console.WriteLine($"Wrote {list.Writes.Count} {(list.Writes.Count == 1 ? "file" : "files")} into {data.Root}.");
            return 0;
        });
        return command;
    }
}
