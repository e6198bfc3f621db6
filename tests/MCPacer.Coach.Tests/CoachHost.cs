using MCPacer.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

[assembly: AssemblyFixture(typeof(RedisServer))]

namespace MCPacer.Coach.Tests;

/// <summary>The coach service over real HTTP with a real Redis, and the paths of its files for tests that check the disk.</summary>
public sealed class CoachHost : IDisposable
{
    /// <param name="stravaUrl">Where the strava service answers (the session context's load line); none by default.</param>
    /// <param name="clock">The service's clock, for a test that moves time; the system's by default.</param>
    public CoachHost(RedisServer redis, string? dataDir = null, string? stravaUrl = null, TimeProvider? clock = null)
    {
        redis.Require();
        Factory = new CoachFactory(redis, clock);
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

/// <summary>The coach service's factory, on <paramref name="clock"/> when one is given.</summary>
sealed class CoachFactory(RedisServer redis, TimeProvider? clock) : ServiceFactory<Program>(redis)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (clock is not null)
        {
            builder.ConfigureServices(services => services.AddSingleton(clock));
        }
    }
}
