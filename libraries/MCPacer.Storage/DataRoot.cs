using MCPacer.Contracts.Stack;
using Microsoft.Extensions.Configuration;

namespace MCPacer.Storage;

/// <summary>
/// Where MCPacer keeps the runner's files: MCPacer:DataDir (the AppHost passes --data-dir), else the rule of
/// <see cref="DataDirectory"/>. Each service writes only below its own folder.
/// </summary>
public sealed class DataRoot(string path)
{
    public const string ConfigurationKey = "MCPacer:DataDir";

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public static DataRoot FromConfiguration(IConfiguration configuration) =>
        new(DataDirectory.Resolve(configuration[ConfigurationKey], Environment.GetEnvironmentVariable));

    readonly Lock _gate = new();
    readonly HashSet<string> _swept = [];

    /// <summary>
    /// The service's own folder under the root, created on first use; the first use also removes the temp files a
    /// killed process left there mid-write (<see cref="AtomicFile.RemoveLeftovers"/>).
    /// </summary>
    public string ServiceDirectory(string service)
    {
        var directory = Directory.CreateDirectory(System.IO.Path.Combine(Path, service)).FullName;
        lock (_gate)
        {
            if (_swept.Add(directory))
            {
                AtomicFile.RemoveLeftovers(directory);
            }
        }

        return directory;
    }
}
