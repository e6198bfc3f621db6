using MCPacer.Contracts.Coach;
using MCPacer.Testing;

namespace MCPacer.Cli.Tests;

/// <summary>
/// An installation of the original MCPacer in a temp folder, laid out as its repository keeps its data: a plan and a
/// plan that is not YAML, a memory with all seven sections, live and archived session logs, a persona of the runner's
/// own and one named like a shipped one, a .env with Strava credentials and tokens, and a cached run.
/// </summary>
public sealed class FakeOriginal : IDisposable
{
    public const string ClientId = "31337";
    public const string ClientSecret = "original-client-secret-5f3a9c0e";
    public const string AccessToken = "original-access-token-81b2e7aa";
    public const string RefreshToken = "original-refresh-token-c44d1093";
    public const long ExpiresAt = 1772000000;

    public const string PlanFile = "training_plans/plan_sub3-spring.yaml";
    public const string BrokenPlanFile = "training_plans/plan_broken.yaml";

    /// <summary>The broken plan's fault: the sequence item on this line is indented one space less than its siblings.</summary>
    public const int BrokenPlanLine = 6;

    /// <summary>The text of each section of the original's memory, by our key.</summary>
    public static readonly IReadOnlyDictionary<string, string> Sections = new Dictionary<string, string>
    {
        [MemorySectionKeys.Athlete] = "- Name: Pete\n- Location: Cambridge, MA\n- Persona preference: david",
        [MemorySectionKeys.Prs] = "- 5k 17:40, 10k 36:50, half 1:21:30, marathon 3:11:02 (assessed 2026-01-05)",
        [MemorySectionKeys.Goals] = "- Boston 2026-04-20, goal 2:59:59\n- Phase: race prep",
        [MemorySectionKeys.ActiveFlags] = "- Left groin tightness (first noted 2026-02-12)",
        [MemorySectionKeys.TrainingContext] = "- 85 km/week, cap 95\n- Runs 6 days; gym on Thursday",
        [MemorySectionKeys.Patterns] = "- Easy runs drift too fast after a hard week",
        [MemorySectionKeys.SessionHistory] = "- 2026-02-20: Long run with MP blocks went well; keep the groin in check",
    };

    readonly TempDirectory _dir = new();

    public FakeOriginal()
    {
        Write(PlanFile, """
            plan_name: Sub-3 Marathon Build
            goal_race:
              date: 2026-04-20
              race_type: marathon
              goal_time: "2:59:59"  # quoted, as the original writes it
            plan_start_date: 2026-01-26
            weeks:
              - week_number: 1
                week_start_date: 2026-01-26
                total_planned_distance_km: 75
                runs:
                  - day_of_week: Wednesday
                    type: workout
                    distance_km: 16
                    structure: "2.5km warmup, 5x2km @ 3:50-3:55, cooldown"
                  - day_of_week: Thursday
                    type: gym
                    duration_minutes: 45
            """);
        Write(BrokenPlanFile, """
            plan_name: Broken
            weeks:
              - week_number: 1
                runs:
                  - day_of_week: Monday
                 - day_of_week: Tuesday
            """);
        Write("coaching_data/COACH_MEMORY.md",
            "# Coach Memory\n\n" + string.Join("\n", MemorySectionKeys.All.Select(s => $"## {s.Title}\n{Sections[s.Key]}\n")));
        Write("coaching_data/memory/2026-03-01.md", "## Session 2026-03-01 — David\n\nTaper starts; no more hero workouts.\n");
        Write("coaching_data/memory/2026-03-04.md", "## Session 2026-03-04 — David\n\nGroin better after the Copenhagen planks.\n");
        Write("coaching_data/memory/archive/2026-02-20.md", "## Session 2026-02-20 — Coach\n\nLong run with MP blocks went well.\n");
        Write("coaching_data/personas/sergeant.md", "# Sergeant\n\nShouts, then explains the physiology.\n");
        Write("coaching_data/personas/kim.md", "# Kim\n\nThe original's Kim: slay the long run, okurrr.\n");
        Write("coaching_data/coaching_guidelines.md", "# Coaching Guidelines\n");
        Write(".env", $"""
            # Strava, written by the original's onboarding
            STRAVA_CLIENT_ID={ClientId}
            STRAVA_CLIENT_SECRET="{ClientSecret}"
            STRAVA_ACCESS_TOKEN={AccessToken}
            export STRAVA_REFRESH_TOKEN='{RefreshToken}'
            STRAVA_EXPIRES_AT={ExpiresAt} # epoch seconds
            """);
        Write("run_data/run_17976045034.json", """{"id": 17976045034, "name": "Boston", "coach_notes": []}""");
    }

    public string Path => _dir.Path;

    public string FilePath(string relative) => System.IO.Path.Combine(Path, relative);

    public byte[] Bytes(string relative) => File.ReadAllBytes(FilePath(relative));

    void Write(string relative, string text)
    {
        var path = FilePath(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.EndsWith('\n') ? text : text + "\n");
    }

    public void Dispose() => _dir.Dispose();
}
