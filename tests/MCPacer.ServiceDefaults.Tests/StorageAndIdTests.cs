using MCPacer.Contracts;
using MCPacer.Storage;
using MCPacer.Testing;

namespace MCPacer.ServiceDefaults.Tests;

public sealed class StorageAndIdTests
{
    [Theory]
    [InlineData("spring-10k", true)]
    [InlineData("Sub3_Marathon", true)]
    [InlineData("../x", false)]
    [InlineData("a/b", false)]
    [InlineData("..", false)]
    [InlineData("", false)]
    [InlineData("-leading-dash", false)]
    public void A_slug_refuses_anything_path_like(string candidate, bool valid)
    {
        Assert.Equal(valid, Slug.TryParse(candidate, out _));
    }

    [Fact]
    public void A_slug_has_a_length_limit_and_titles_turn_into_slugs()
    {
        Assert.False(Slug.TryParse(new string('a', Slug.MaxLength + 1), out _));
        Assert.Equal("sub-3-marathon-build", Slug.FromTitle("Sub-3 Marathon  Build!").Value);
    }

    [Fact]
    public async Task An_atomic_write_replaces_the_whole_file_with_the_requested_mode_and_leaves_no_temp_file()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "secret.json");
        await File.WriteAllTextAsync(path, "old and much longer content", TestContext.Current.CancellationToken);

        await AtomicFile.WriteAllBytesAsync(path, "new"u8.ToArray(), TestContext.Current.CancellationToken,
            UnixFileMode.UserRead | UnixFileMode.UserWrite);

        Assert.Equal("new", await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(["secret.json"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Concurrent_atomic_writers_never_leave_a_mixed_file()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "plan.yaml");
        var versions = Enumerable.Range(0, 40).Select(i => new string((char)('a' + i % 26), 10_000 + i)).ToArray();

        await Task.WhenAll(versions.Select(v => Task.Run(() => AtomicFile.WriteAllTextAsync(path, v))));

        Assert.Contains(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken), versions);
    }

    [Fact]
    public void The_temp_files_of_a_killed_writer_are_removed_when_the_service_first_asks_for_its_folder_and_nothing_else()
    {
        using var dir = new TempDirectory();
        var plans = Directory.CreateDirectory(Path.Combine(dir.Path, "plans", "archive")).Parent!.FullName;
        var kept = new[] { "plan.yaml", ".plan.yaml.notes.tmp", "draft.tmp" };
        foreach (var name in kept)
        {
            File.WriteAllText(Path.Combine(plans, name), "kept");
        }

        File.WriteAllText(Path.Combine(plans, ".plan.yaml.0123456789abcdef0123456789abcdef.tmp"), "half a pl");
        File.WriteAllText(Path.Combine(plans, "archive", ".old.yaml.fedcba9876543210fedcba9876543210.tmp"), "half");
        var root = new DataRoot(dir.Path);

        root.ServiceDirectory("plans");
        const string inProgress = ".plan.yaml.00000000000000000000000000000000.tmp";
        File.WriteAllText(Path.Combine(plans, inProgress), "a write in progress");
        root.ServiceDirectory("plans");

        Assert.Equal(
            kept.Append(inProgress).Order(StringComparer.Ordinal),
            Directory.GetFiles(plans, "*", SearchOption.AllDirectories).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_temp_file_that_another_writer_still_holds_is_kept_and_removed_once_that_writer_is_gone()
    {
        using var dir = new TempDirectory();
        var plans = Directory.CreateDirectory(Path.Combine(dir.Path, "plans")).FullName;
        var temp = Path.Combine(plans, ".plan.yaml.0123456789abcdef0123456789abcdef.tmp");
        var importer = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        importer.Write("half a pl"u8);

        new DataRoot(dir.Path).ServiceDirectory("plans");
        Assert.True(File.Exists(temp), "a write in progress was deleted");

        importer.Dispose();
        new DataRoot(dir.Path).ServiceDirectory("plans");
        Assert.False(File.Exists(temp), "a killed writer's temp file was kept");
    }
}
