using System.Reflection;

namespace MCPacer.Testing;

public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>The configuration these tests were built in; the AppHost was built in the same one.</summary>
    public static string Configuration { get; } =
        typeof(RepositoryRoot).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "MCPacer.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"MCPacer.sln not found above {AppContext.BaseDirectory}");
    }
}
