using System.CommandLine;
using MCPacer.Cli;

var dataDir = new Option<string?>("--data-dir")
{
    Description = "The running stack's data directory (default: MCPACER_DATA_DIR, $XDG_DATA_HOME/mcpacer or ~/.local/share/mcpacer)",
    Recursive = true,
};

var root = new RootCommand("mcpacer: talk to the running MCPacer stack (start it with dotnet run --project MCPacer.AppHost), or import the original MCPacer's data")
{
    StatusCommand.Create(dataDir),
    AnalyzePlanCommand.Create(dataDir),
    GenerateCalendarCommand.Create(dataDir),
    McpBridgeCommand.Create(dataDir),
    ImportOriginalCommand.Create(dataDir),
};
root.Options.Add(dataDir);

return await root.Parse(args).InvokeAsync();
