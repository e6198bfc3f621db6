using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace MCPacer.Testing;

/// <summary>What /proc says about processes: children, liveness; and whether a loopback port still listens.</summary>
public static partial class ProcessTree
{
    public static IReadOnlyList<int> Descendants(int pid)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var child) && ParentOf(child) is { } parent)
            {
                (children.TryGetValue(parent, out var list) ? list : children[parent] = []).Add(child);
            }
        }

        var result = new List<int>();
        var queue = new Queue<int>([pid]);
        while (queue.TryDequeue(out var next))
        {
            foreach (var child in children.GetValueOrDefault(next, []))
            {
                result.Add(child);
                queue.Enqueue(child);
            }
        }

        return result;
    }

    public static bool IsAlive(int pid)
    {
        // A zombie has exited; only its parent has not collected it yet.
        var stat = ReadStat(pid);
        return stat is not null && StateOf(stat) != 'Z';
    }

    public static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
        }
        catch (IOException)
        {
            return "";
        }
    }

    public static bool IsListening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public static void Signal(int pid, int signal) => _ = Kill(pid, signal);

    public const int SigInt = 2;
    public const int SigKill = 9;

    public static int? ParentOf(int pid) => ReadStat(pid) is { } stat ? int.Parse(stat[(stat.LastIndexOf(')') + 4)..].Split(' ')[0]) : null;

    static char StateOf(string stat) => stat[stat.LastIndexOf(')') + 2];

    static string? ReadStat(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
