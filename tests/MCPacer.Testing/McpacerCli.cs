namespace MCPacer.Testing;

/// <summary>The built `mcpacer` binary (copied beside the test assembly by the project reference), run as a user runs it.</summary>
public static class McpacerCli
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "mcpacer");

    public static Task<CommandResult> RunAsync(
        IEnumerable<string> args, IDictionary<string, string?>? environment = null, TimeSpan? timeout = null) =>
        CommandRun.RunAsync(Path, args, timeout ?? TimeSpan.FromSeconds(60), environment: environment);
}
