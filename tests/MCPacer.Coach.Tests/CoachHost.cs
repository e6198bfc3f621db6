using MCPacer.Testing;

[assembly: AssemblyFixture(typeof(RedisServer))]

namespace MCPacer.Coach.Tests;

/// <summary>The coach service over real HTTP with a real Redis, and the paths of its files for tests that check the disk.</summary>
public sealed class CoachHost : IDisposable
{
    /// <param name="stravaUrl">Where the strava service answers (the session context's load line); none by default.</param>
    public CoachHost(RedisServer redis, string? dataDir = null, string? stravaUrl = null)
    {
        redis.Require();
        Factory = new ServiceFactory<Program>(redis);
        Factory.Settings["Logging:LogLevel:Default"] = "Warning";
        if (dataDir is not null)
        {
            Factory.Settings[MCPacer.Storage.DataRoot.ConfigurationKey] = dataDir;
        }

        if (stravaUrl is not null)
        {
            Factory.Settings["services:strava:http:0"] = stravaUrl;
        }

        DataDir = dataDir ?? Factory.DataDir.Path;
        Client = Factory.CreateAuthorizedClient();
    }

    public ServiceFactory<Program> Factory { get; }

    public HttpClient Client { get; }

    public string DataDir { get; }

    public string CoachDir => Path.Combine(DataDir, "coach");

    public string MemoryFile => Path.Combine(CoachDir, "COACH_MEMORY.md");

    public string SessionsDir => Path.Combine(CoachDir, "sessions");

    public string ArchiveDir => Path.Combine(SessionsDir, "archive");

    /// <summary>Every file under the coach folder with its bytes, to prove a refused request wrote nothing.</summary>
    public IReadOnlyDictionary<string, string> Snapshot() =>
        Directory.Exists(CoachDir)
            ? Directory.EnumerateFiles(CoachDir, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(CoachDir, f), f => Convert.ToHexString(File.ReadAllBytes(f)))
            : new Dictionary<string, string>();

    public void WriteMemory(string text)
    {
        Directory.CreateDirectory(CoachDir);
        File.WriteAllText(MemoryFile, text);
    }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
    }
}
