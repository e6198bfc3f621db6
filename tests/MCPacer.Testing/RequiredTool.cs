using Xunit;

namespace MCPacer.Testing;

/// <summary>
/// Tests that need a program from outside .NET (redis-server, chromium, node) skip with the install
/// command when it is missing, unless MCPACER_REQUIRE_ALL=1 (set by .ci/run): then they fail.
/// </summary>
public static class RequiredTool
{
    public const string RequireAllVariable = "MCPACER_REQUIRE_ALL";

    public static string Require(string program, string installHint)
    {
        var path = Find(program);
        if (path is not null)
        {
            return path;
        }

        var message = $"{program} is not installed: {installHint}";
        if (Environment.GetEnvironmentVariable(RequireAllVariable) == "1")
        {
            Assert.Fail(message + $" ({RequireAllVariable}=1 turns this skip into a failure)");
        }

        Assert.Skip(message);
        return "";
    }

    public static string? Find(string program)
    {
        if (Path.IsPathRooted(program))
        {
            return File.Exists(program) ? program : null;
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
    }
}
