using MCPacer.Testing;

namespace MCPacer.EndToEnd.Tests;

/// <summary>
/// The AppHost's fast up-to-date check (UnchangedServices.targets): it builds the services only when a source is newer
/// than the last build that built them, or an output is missing. Each case asks MSBuild for the decision against a
/// stamp of its own, so no source in the repository is touched.
/// </summary>
public sealed class UnchangedServicesTests
{
    static readonly string PlansProgram = Path.Combine(RepositoryRoot.Path, "services", "MCPacer.Plans", "Program.cs");

    [Fact]
    public async Task Services_built_after_their_last_change_are_not_built_again()
    {
        using var dir = new TempDirectory();
        var stamp = Stamp(dir, DateTime.Now);

        Assert.False(await BuildsServicesAsync(stamp));
    }

    [Fact]
    public async Task A_source_saved_after_the_last_build_builds_the_services()
    {
        using var dir = new TempDirectory();
        var stamp = Stamp(dir, File.GetLastWriteTime(PlansProgram).AddMinutes(-1));

        Assert.True(await BuildsServicesAsync(stamp));
    }

    [Fact]
    public async Task A_missing_service_output_builds_the_services_however_new_the_stamp()
    {
        using var dir = new TempDirectory();
        var stamp = Stamp(dir, DateTime.Now);

        Assert.True(await BuildsServicesAsync(stamp, configuration: "NeverBuilt"));
    }

    [Fact]
    public async Task Without_a_stamp_the_services_are_built_and_the_build_writes_one_dated_before_it_started()
    {
        using var dir = new TempDirectory();
        var stamp = Path.Combine(dir.Path, "services.built");
        var started = DateTime.Now;

        Assert.True(await BuildsServicesAsync(stamp, alsoStamp: true));
        Assert.True(File.Exists(stamp), "the build that built the services left no stamp");
        Assert.InRange(File.GetLastWriteTime(stamp), started.AddSeconds(-1), DateTime.Now);
    }

    static string Stamp(TempDirectory dir, DateTime time)
    {
        var stamp = Path.Combine(dir.Path, "services.built");
        File.WriteAllText(stamp, "");
        File.SetLastWriteTime(stamp, time);
        return stamp;
    }

    /// <summary>Runs the check (and, when asked, the step after a build that stamps it) and returns whether the AppHost builds its references.</summary>
    static async Task<bool> BuildsServicesAsync(string stamp, string? configuration = null, bool alsoStamp = false)
    {
        var targets = alsoStamp ? "SkipBuildingUnchangedServices;_StampServicesBuilt" : "SkipBuildingUnchangedServices";
        var result = await CommandRun.RunAsync("dotnet",
            ["msbuild", Path.Combine(RepositoryRoot.Path, "MCPacer.AppHost"), "-nologo", $"-t:{targets}",
             $"-p:Configuration={configuration ?? RepositoryRoot.Configuration}", $"-p:ServicesBuiltStamp={stamp}",
             "-getProperty:BuildProjectReferences"],
            TimeSpan.FromMinutes(3), TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0, $"dotnet msbuild exited with {result.ExitCode}: {result.Stdout}{result.Stderr}");
        // One -getProperty prints the bare value.
        return result.Stdout.Trim() != "false";
    }
}
