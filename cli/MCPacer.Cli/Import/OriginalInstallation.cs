namespace MCPacer.Cli.Import;

/// <summary>The folder of an installation of the original MCPacer, laid out as its repository keeps its data.</summary>
sealed class OriginalInstallation(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    public string Plans => Path.Combine(Root, "training_plans");

    public string CoachingData => Path.Combine(Root, "coaching_data");

    public string Memory => Path.Combine(CoachingData, "COACH_MEMORY.md");

    public string SessionLogs => Path.Combine(CoachingData, "memory");

    public string ArchivedSessionLogs => Path.Combine(SessionLogs, "archive");

    public string Personas => Path.Combine(CoachingData, "personas");

    public string Env => Path.Combine(Root, ".env");

    public string RunData => Path.Combine(Root, "run_data");

    public bool Exists => Directory.Exists(Plans) || Directory.Exists(CoachingData) || File.Exists(Env);
}
