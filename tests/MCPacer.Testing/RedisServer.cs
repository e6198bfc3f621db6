using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Xunit;

namespace MCPacer.Testing;

/// <summary>A real redis-server on a free loopback port with a password, for one test class or collection.</summary>
public sealed class RedisServer : IAsyncLifetime
{
    readonly TempDirectory _dir = new();
    Process? _process;

    public int Port { get; private set; }
    public string Password { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    /// <summary>The connection string in Aspire's Redis shape: host:port,password=...</summary>
    public string ConnectionString => $"127.0.0.1:{Port},password={Password}";

    public bool IsRunning => _process is { HasExited: false };

    public async ValueTask InitializeAsync()
    {
        var redis = RequiredTool.Find("redis-server");
        if (redis is null)
        {
            return;
        }

        Port = FreePort();
        var config = Path.Combine(_dir.Path, "redis.conf");
        await File.WriteAllTextAsync(config,
            $"port {Port}\nbind 127.0.0.1\nrequirepass {Password}\ndir {_dir.Path}\nsave \"\"\nappendonly no\n");
        _process = Process.Start(new ProcessStartInfo(redis, config) { RedirectStandardOutput = true, UseShellExecute = false })!;
        _process.StandardOutput.BaseStream.CopyToAsync(Stream.Null).ContinueWith(_ => { }, TaskScheduler.Default).Ignore();

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"redis-server did not listen on port {Port} within 10 s");
    }

    /// <summary>Call at the start of a test that needs Redis: skips (or fails under .ci/run) without redis-server.</summary>
    public void Require() => RequiredTool.Require("redis-server", "sudo apt-get install -y redis-server");

    public void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit();
        }
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        _process?.Dispose();
        _dir.Dispose();
        return ValueTask.CompletedTask;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

static class TaskExtensions
{
    public static void Ignore(this Task task) => _ = task;
}
