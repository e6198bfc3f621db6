using Microsoft.Extensions.Configuration;

namespace MCPacer.ServiceDefaults.Storage;

/// <summary>
/// Where MCPacer keeps the runner's files: MCPacer:DataDir (the AppHost passes --data-dir), else
/// $XDG_DATA_HOME/mcpacer, else ~/.local/share/mcpacer. Each service writes only below its own folder.
/// </summary>
public sealed class DataRoot(string path)
{
    public const string ConfigurationKey = "MCPacer:DataDir";

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public static DataRoot FromConfiguration(IConfiguration configuration) =>
        new(configuration[ConfigurationKey] is { Length: > 0 } configured ? configured : DefaultPath());

    public static string DefaultPath()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        var baseDir = string.IsNullOrEmpty(xdg)
            ? System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share")
            : xdg;
        return System.IO.Path.Combine(baseDir, "mcpacer");
    }

    /// <summary>The service's own folder under the root, created on first use.</summary>
    public string ServiceDirectory(string service) =>
        Directory.CreateDirectory(System.IO.Path.Combine(Path, service)).FullName;
}
