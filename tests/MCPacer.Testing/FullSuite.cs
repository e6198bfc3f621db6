using Xunit;

namespace MCPacer.Testing;

/// <summary>
/// The long runs (the fault suite on a whole stack, the load at 100 clients) run only with MCPACER_FULL_SUITE=1, so
/// that `.ci/run` stays well inside its time; without it they skip naming the variable. Unlike a missing tool
/// (<see cref="RequiredTool"/>), MCPACER_REQUIRE_ALL=1 leaves this skip a skip: it is a choice, not a broken machine.
/// </summary>
public static class FullSuite
{
    public const string Variable = "MCPACER_FULL_SUITE";

    public static bool Enabled => Environment.GetEnvironmentVariable(Variable) == "1";

    public static void Require()
    {
        if (!Enabled)
        {
            Assert.Skip($"a long run of the full suite: set {Variable}=1 to run it");
        }
    }
}
