using MCPacer.Clients;

namespace MCPacer.Cli;

/// <summary>How every command ends when something is wrong: one line on stderr saying what, and exit code 1.</summary>
static class CommandOutcome
{
    public const int Failed = 1;

    public static async Task<int> RunAsync(Func<Task<int>> command)
    {
        try
        {
            return await command();
        }
        catch (StackNotRunningException e)
        {
            return Fail(e.Message);
        }
        catch (ServiceUnavailableException e)
        {
            return Fail(e.Message);
        }
        catch (ServiceRequestException e)
        {
            return Fail(e.Message);
        }
    }

    public static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return Failed;
    }
}
