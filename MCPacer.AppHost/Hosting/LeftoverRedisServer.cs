using System.Diagnostics;

namespace MCPacer.AppHost.Hosting;

/// <summary>
/// A redis-server that outlived the DCP that started it (DCP was killed, so nothing stopped it) still holds the data
/// directory. Its clients have gone with DCP too, so it is killed before a new redis-server opens the same files.
/// One that a running DCP owns (a second stack on the same data root) is left alone.
/// </summary>
static class LeftoverRedisServer
{
    public static async Task StopAsync(string pidFile, CancellationToken cancellationToken)
    {
        if (!File.Exists(pidFile) || !int.TryParse(File.ReadAllText(pidFile).Trim(), out var pid)
            || NameOf(pid) != "redis-server" || NameOf(ParentOf(pid)) == "dcp")
        {
            return;
        }

        try
        {
            using var redis = Process.GetProcessById(pid);
            redis.Kill();
            await redis.WaitForExitAsync(cancellationToken);
        }
        catch (ArgumentException)
        {
            // It exited in the meantime.
        }
    }

    // The kernel's name for the program: redis-server rewrites its command line (Process.ProcessName reads that).
    static string? NameOf(int pid) => Read($"/proc/{pid}/comm")?.Trim();

    static int ParentOf(int pid) =>
        Read($"/proc/{pid}/stat") is { } stat && int.TryParse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], out var parent)
            ? parent
            : 0;

    static string? Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
