using MCPacer.Contracts.Stack;

namespace MCPacer.Cli.Tests;

/// <summary>The one rule the AppHost, the services and the CLI use to find the data directory.</summary>
public sealed class DataDirectoryTests
{
    static Func<string, string?> Env(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void The_option_wins_over_the_variable_and_the_variable_over_xdg_and_home()
    {
        var all = Env(("MCPACER_DATA_DIR", "/srv/from-variable"), ("XDG_DATA_HOME", "/xdg"), ("HOME", "/home/runner"));

        Assert.Equal("/srv/from-option", DataDirectory.Resolve("/srv/from-option", all));
        Assert.Equal("/srv/from-variable", DataDirectory.Resolve(null, all));
        Assert.Equal("/xdg/mcpacer", DataDirectory.Resolve(null, Env(("XDG_DATA_HOME", "/xdg"), ("HOME", "/home/runner"))));
        Assert.Equal("/home/runner/.local/share/mcpacer", DataDirectory.Resolve(null, Env(("HOME", "/home/runner"))));
    }

    [Fact]
    public void A_tilde_path_is_under_home()
    {
        Assert.Equal("/home/runner/coach-data", DataDirectory.Resolve("~/coach-data", Env(("HOME", "/home/runner"))));
    }
}
