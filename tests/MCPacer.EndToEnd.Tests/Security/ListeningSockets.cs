using System.Globalization;
using System.Net;

namespace MCPacer.EndToEnd.Tests.Security;

/// <summary>The TCP sockets in LISTEN state that a set of processes hold, read from /proc/net/tcp and tcp6 and each process's fds.</summary>
static class ListeningSockets
{
    const string Listen = "0A";

    public sealed record Socket(IPAddress Address, int Port, int Pid)
    {
        public bool OnLoopback => IPAddress.IsLoopback(Address.IsIPv4MappedToIPv6 ? Address.MapToIPv4() : Address);

        public override string ToString() => $"{Address}:{Port} held by {Pid} ({MCPacer.Testing.ProcessTree.CommandLine(Pid)})";
    }

    public static IReadOnlyList<Socket> Of(IEnumerable<int> pids)
    {
        var listening = Table("/proc/net/tcp").Concat(Table("/proc/net/tcp6")).ToDictionary(s => s.Inode, s => (s.Address, s.Port));
        return [.. pids.SelectMany(pid => SocketInodes(pid)
            .Where(listening.ContainsKey)
            .Select(inode => new Socket(listening[inode].Address, listening[inode].Port, pid)))];
    }

    static IEnumerable<(long Inode, IPAddress Address, int Port)> Table(string path) =>
        File.ReadLines(path).Skip(1)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields[3] == Listen)
            .Select(fields =>
            {
                var local = fields[1].Split(':');
                return (long.Parse(fields[9], CultureInfo.InvariantCulture), Address(local[0]), int.Parse(local[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            });

    /// <summary>The kernel writes the address as 32-bit words in host (little-endian) order.</summary>
    static IPAddress Address(string hex)
    {
        var bytes = Convert.FromHexString(hex);
        for (var word = 0; word < bytes.Length; word += 4)
        {
            Array.Reverse(bytes, word, 4);
        }

        return new IPAddress(bytes);
    }

    static IEnumerable<long> SocketInodes(int pid)
    {
        string[] fds;
        try
        {
            fds = Directory.GetFiles($"/proc/{pid}/fd");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }

        return fds.Select(fd =>
            {
                try
                {
                    return new FileInfo(fd).LinkTarget;
                }
                catch (IOException)
                {
                    return null;
                }
            })
            .Where(target => target is not null && target.StartsWith("socket:[", StringComparison.Ordinal))
            .Select(target => long.Parse(target!["socket:[".Length..^1], CultureInfo.InvariantCulture));
    }
}
