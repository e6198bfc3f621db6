using System.Text.Json;
using MCPacer.Contracts.Coach;
using MCPacer.Contracts.Strava;
using MCPacer.Contracts.StravaApi;
using MCPacer.Testing;

namespace MCPacer.Cli.Tests;

/// <summary>`mcpacer import-original DIR` (real processes) copying a fake installation of the original MCPacer into an empty data folder.</summary>
public sealed class ImportOriginalTests : IDisposable
{
    readonly FakeOriginal _original = new();
    readonly TempDirectory _data = new();

    [Fact]
    public async Task A_dry_run_lists_every_file_it_would_import_and_the_conflicts_and_writes_nothing()
    {
        var (exit, stdout, stderr) = await ImportAsync("--dry-run");

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Matches(@"new\s+plan\s+training_plans/plan_sub3-spring\.yaml -> plans/sub3-spring\.yaml\n", stdout);
        foreach (var (_, title) in MemorySectionKeys.All)
        {
            Assert.Matches($@"new\s+memory\s+coaching_data/COACH_MEMORY\.md ""## {title}"" -> coach/COACH_MEMORY\.md\n", stdout);
        }

        Assert.Matches(@"new\s+session log\s+coaching_data/memory/2026-03-01\.md -> coach/sessions/2026-03-01\.md\n", stdout);
        Assert.Matches(@"new\s+session log\s+coaching_data/memory/2026-03-04\.md -> coach/sessions/2026-03-04\.md\n", stdout);
        Assert.Matches(@"new\s+archived log\s+coaching_data/memory/archive/2026-02-20\.md -> coach/sessions/archive/2026-02-20\.md\n", stdout);
        Assert.Matches(@"new\s+persona\s+coaching_data/personas/sergeant\.md -> coach/personas/sergeant\.md\n", stdout);
        Assert.Matches(@"conflict\s+persona\s+coaching_data/personas/kim\.md -> coach/personas/kim\.md: MCPacer ships a persona named kim", stdout);
        Assert.Contains("body map and S&C: the original MCPacer keeps the body map only in memory", stdout);
        Assert.Contains("run_data/: 1 cached run ", stdout);
        Assert.Contains("12 new, 0 already here, 1 in conflict", stdout);
        Assert.EndsWith("Dry run: nothing written.", stdout.TrimEnd());
        Assert.Empty(FolderSnapshot.Of(_data.Path));
    }

    [Fact]
    public async Task The_import_puts_each_file_where_its_service_reads_it_and_leaves_the_original_as_it_was()
    {
        var source = FolderSnapshot.Of(_original.Path);

        var (exit, stdout, _) = await ImportAsync();

        Assert.Equal(0, exit);
        Assert.Equal(_original.Bytes(FakeOriginal.PlanFile), DataBytes("plans/sub3-spring.yaml"));
        var memory = MemoryDocument.Parse(File.ReadAllText(DataPath("coach/COACH_MEMORY.md")));
        Assert.All(MemorySectionKeys.All, s => Assert.Equal(FakeOriginal.Sections[s.Key], memory.Section(s.Title)));
        Assert.Equal(_original.Bytes("coaching_data/memory/2026-03-01.md"), DataBytes("coach/sessions/2026-03-01.md"));
        Assert.Equal(_original.Bytes("coaching_data/memory/2026-03-04.md"), DataBytes("coach/sessions/2026-03-04.md"));
        Assert.Equal(_original.Bytes("coaching_data/memory/archive/2026-02-20.md"), DataBytes("coach/sessions/archive/2026-02-20.md"));
        Assert.Equal(_original.Bytes("coaching_data/personas/sergeant.md"), DataBytes("coach/personas/sergeant.md"));
        Assert.False(File.Exists(DataPath("coach/personas/kim.md")));
        Assert.False(Directory.Exists(DataPath("strava")));
        Assert.Contains(".env: the Strava app credentials and tokens (add --with-strava to import them)", stdout);
        Assert.EndsWith($"Wrote 6 files into {_data.Path}.", stdout.TrimEnd());
        Assert.Equal(source, FolderSnapshot.Of(_original.Path));
    }

    [Fact]
    public async Task A_second_run_imports_nothing_new_says_so_and_writes_nothing()
    {
        await ImportAsync("--with-strava");
        var imported = FolderSnapshot.Of(_data.Path);

        var (exit, stdout, _) = await ImportAsync("--with-strava");

        Assert.Equal(0, exit);
        Assert.Contains("0 new, 14 already here, 1 in conflict", stdout);
        Assert.EndsWith("Nothing new to import.", stdout.TrimEnd());
        Assert.Equal(imported, FolderSnapshot.Of(_data.Path));
    }

    [Fact]
    public async Task What_differs_here_is_kept_as_a_conflict_and_force_overwrites_it_without_touching_the_original()
    {
        await ImportAsync();
        File.WriteAllText(DataPath("plans/sub3-spring.yaml"), "plan_name: Edited here\n");
        var source = FolderSnapshot.Of(_original.Path);

        var (_, kept, _) = await ImportAsync();
        var keptPlan = File.ReadAllText(DataPath("plans/sub3-spring.yaml"));
        var (exit, forced, _) = await ImportAsync("--force");

        Assert.Matches(@"conflict\s+plan\s+training_plans/plan_sub3-spring\.yaml -> plans/sub3-spring\.yaml: the file here differs\n", kept);
        Assert.Equal("plan_name: Edited here\n", keptPlan);
        Assert.Equal(0, exit);
        Assert.Matches(@"overwrite\s+plan\s+training_plans/plan_sub3-spring\.yaml -> plans/sub3-spring\.yaml", forced);
        Assert.Matches(@"overwrite\s+persona\s+coaching_data/personas/kim\.md -> coach/personas/kim\.md", forced);
        Assert.Contains("0 new, 11 already here, 2 to overwrite", forced);
        Assert.Equal(_original.Bytes(FakeOriginal.PlanFile), DataBytes("plans/sub3-spring.yaml"));
        Assert.Equal(_original.Bytes("coaching_data/personas/kim.md"), DataBytes("coach/personas/kim.md"));
        Assert.Equal(source, FolderSnapshot.Of(_original.Path));
    }

    [Fact]
    public async Task An_existing_memory_gets_the_sections_it_lacks_and_keeps_its_own_text_unless_forced()
    {
        Directory.CreateDirectory(DataPath("coach"));
        File.WriteAllText(DataPath("coach/COACH_MEMORY.md"),
            "# Coach Memory\n\n## Athlete\n- Name: Written in MCPacer\n\n## PRs\n\n## Notes of my own\nKeep me.\n");

        var (_, merged, _) = await ImportAsync();
        var afterMerge = MemoryDocument.Parse(File.ReadAllText(DataPath("coach/COACH_MEMORY.md")));
        await ImportAsync("--force");
        var afterForce = MemoryDocument.Parse(File.ReadAllText(DataPath("coach/COACH_MEMORY.md")));

        Assert.Matches(@"conflict\s+memory\s+coaching_data/COACH_MEMORY\.md ""## Athlete"" -> coach/COACH_MEMORY\.md: the section here has other text\n", merged);
        Assert.Equal("- Name: Written in MCPacer", afterMerge.Section("Athlete"));
        Assert.Equal(FakeOriginal.Sections[MemorySectionKeys.Prs], afterMerge.Section("PRs"));
        Assert.Equal(FakeOriginal.Sections[MemorySectionKeys.SessionHistory], afterMerge.Section("Session History"));
        Assert.Equal("Keep me.", afterMerge.Section("Notes of my own"));
        Assert.Equal(FakeOriginal.Sections[MemorySectionKeys.Athlete], afterForce.Section("Athlete"));
        Assert.Equal("Keep me.", afterForce.Section("Notes of my own"));
    }

    [Fact]
    public async Task A_plan_that_is_not_YAML_is_reported_with_its_path_and_line_and_the_rest_is_imported()
    {
        var (exit, stdout, _) = await ImportAsync();

        Assert.Equal(0, exit);
        Assert.Matches($@"skipped\s+plan\s+training_plans/plan_broken\.yaml: not valid YAML at line {FakeOriginal.BrokenPlanLine}, column \d+: ", stdout);
        Assert.False(File.Exists(DataPath("plans/broken.yaml")));
        Assert.True(File.Exists(DataPath("plans/sub3-spring.yaml")));
        Assert.True(File.Exists(DataPath("coach/COACH_MEMORY.md")));
    }

    [Fact]
    public async Task With_strava_the_credentials_and_tokens_are_written_owner_only_for_the_strava_service_and_never_printed()
    {
        var (exit, stdout, stderr) = await ImportAsync("--with-strava");

        Assert.Equal(0, exit);
        Assert.Matches(@"new\s+strava app\s+\.env \(STRAVA_CLIENT_ID, STRAVA_CLIENT_SECRET\) -> strava/credentials\.json\n", stdout);
        Assert.Matches(@"new\s+strava tokens\s+\.env \(STRAVA_ACCESS_TOKEN, STRAVA_REFRESH_TOKEN, STRAVA_EXPIRES_AT\) -> strava/tokens\.json\n", stdout);
        var credentials = JsonSerializer.Deserialize<StravaAppCredentials>(DataBytes("strava/credentials.json"), StravaSecretFiles.Json);
        var tokens = JsonSerializer.Deserialize<StravaTokens>(DataBytes("strava/tokens.json"), StravaSecretFiles.Json)!;
        Assert.Equal(new StravaAppCredentials(FakeOriginal.ClientId, FakeOriginal.ClientSecret), credentials);
        Assert.Equal((FakeOriginal.AccessToken, FakeOriginal.RefreshToken, DateTimeOffset.FromUnixTimeSeconds(FakeOriginal.ExpiresAt), false),
            (tokens.AccessToken, tokens.RefreshToken, tokens.ExpiresAt, tokens.NeedsReconnect));
        Assert.Contains(StravaScopes.ActivityReadAll, tokens.Scopes);
        Assert.Contains(StravaScopes.ActivityWrite, tokens.Scopes);
        Assert.All(new[] { "strava/credentials.json", "strava/tokens.json" },
            file => Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(DataPath(file))));
        Assert.All(new[] { FakeOriginal.ClientSecret, FakeOriginal.AccessToken, FakeOriginal.RefreshToken },
            secret => Assert.DoesNotContain(secret, stdout + stderr));
    }

    [Fact]
    public async Task The_issues_spelling_import_seed_runs_the_same_command()
    {
        var (_, named, _) = await ImportAsync("--dry-run");

        var (exit, aliased, _) = await McpacerCli.RunAsync(["import-seed", _original.Path, "--data-dir", _data.Path, "--dry-run"]);

        Assert.Equal(0, exit);
        Assert.Equal(named, aliased);
    }

    [Fact]
    public async Task A_folder_without_the_originals_data_is_refused_and_nothing_is_written()
    {
        using var empty = new TempDirectory();

        var (exit, stdout, stderr) = await McpacerCli.RunAsync(["import-original", empty.Path, "--data-dir", _data.Path]);

        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith($"{empty.Path} is not an installation of the original MCPacer", stderr);
        Assert.Empty(FolderSnapshot.Of(_data.Path));
    }

    Task<CommandResult> ImportAsync(params string[] options) =>
        McpacerCli.RunAsync(["import-original", _original.Path, "--data-dir", _data.Path, .. options]);

    string DataPath(string relative) => Path.Combine(_data.Path, relative);

    byte[] DataBytes(string relative) => File.ReadAllBytes(DataPath(relative));

    public void Dispose()
    {
        _original.Dispose();
        _data.Dispose();
    }
}
