using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using MCPacer.Contracts.Terminal;
using MCPacer.Terminal.Benchmarks;
using MCPacer.Testing;

// Keystroke echo round trip and `cat` throughput over the terminal WebSocket, straight to the terminal service and
// through the gateway, each a separate process as in production. Usage: [keystrokes=2000] [megabytes=64]
var keystrokes = args.Length > 0 ? int.Parse(args[0]) : 2000;
var megabytes = args.Length > 1 ? int.Parse(args[1]) : 64;
var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

var work = Directory.CreateTempSubdirectory("mcpacer-bench-");
try
{
    var file = Path.Combine(work.FullName, "big.txt");
    await WriteTextFileAsync(file, megabytes);
    var gatewayPort = ServiceProcess.FreePort();

    await using var terminal = await ServiceProcess.StartAsync(Path.Combine("services", "MCPacer.Terminal"), "MCPacer.Terminal",
        ServiceProcess.FreePort(), new Dictionary<string, string>
        {
            ["MCPacer__AccessToken"] = token,
            ["MCPacer__DataDir"] = work.FullName,
            ["MCPacer__GatewayUrl"] = $"http://127.0.0.1:{gatewayPort}",
            // `cat` with no file: the terminal's own line discipline echoes each key, so the figure is the transport's.
            ["Terminal__Profiles__echo__Command"] = "cat",
            ["Terminal__Profiles__catfile__Command"] = "cat",
            ["Terminal__Profiles__catfile__Arguments__0"] = file,
        });
    await using var gateway = await ServiceProcess.StartAsync(Path.Combine("gateway", "MCPacer.Gateway"), "MCPacer.Gateway",
        gatewayPort, new Dictionary<string, string>
        {
            ["MCPacer__AccessToken"] = token,
            ["services__terminal__http__0"] = terminal.Address.ToString(),
        });

    Console.WriteLine($"Terminal WebSocket benchmark: {keystrokes} keystrokes, cat of {megabytes} MB, {Environment.ProcessorCount} cores");
    Console.WriteLine();
    Console.WriteLine("| path | echo p50 (ms) | echo p99 (ms) | cat (MB/s) |");
    Console.WriteLine("| --- | ---: | ---: | ---: |");
    foreach (var (name, address) in new[] { ("terminal service", terminal.Address), ("through the gateway", gateway.Address) })
    {
        var echo = await MeasureEchoAsync(address, token, keystrokes);
        var throughput = await MeasureCatAsync(address, token, new FileInfo(file).Length);
        Console.WriteLine($"| {name} | {Percentile(echo, 0.50):F3} | {Percentile(echo, 0.99):F3} | {throughput:F1} |");
    }
}
finally
{
    work.Delete(recursive: true);
}

static async Task<List<double>> MeasureEchoAsync(Uri address, string token, int keystrokes)
{
    await using var client = await TerminalClient.ConnectAsync(address, token, "profile=echo");
    await client.ReceiveAsync();
    var timings = new List<double>(keystrokes);
    var warmUp = keystrokes / 10;
    for (var i = 0; i < keystrokes + warmUp; i++)
    {
        // A letter, then DEL: the line discipline echoes "a" and "\b \b", so the line never grows.
        var (key, echo) = i % 2 == 0 ? ("a", "a") : ("\u007f", "\b \b");
        var started = Stopwatch.GetTimestamp();
        await client.SendInputAsync(key);
        await client.ReadUntilAsync(echo);
        if (i >= warmUp)
        {
            timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    return timings;
}

static async Task<double> MeasureCatAsync(Uri address, string token, long fileBytes)
{
    var started = Stopwatch.GetTimestamp();
    await using var client = await TerminalClient.ConnectAsync(address, token, "profile=catfile");
    long characters = 0;
    while (await client.ReceiveAsync() is { } frame and not TerminalExitFrame)
    {
        if (frame is TerminalOutputFrame output)
        {
            characters += output.Data.Length;
        }
    }

    var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
    // Every \n arrives as \r\n: at least the file's bytes must have arrived.
    if (characters < fileBytes)
    {
        throw new InvalidOperationException($"cat delivered {characters} characters of a {fileBytes}-byte file.");
    }

    return fileBytes / 1e6 / seconds;
}

static double Percentile(List<double> values, double percentile)
{
    var sorted = values.Order().ToList();
    return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(percentile * sorted.Count) - 1)];
}

static async Task WriteTextFileAsync(string path, int megabytes)
{
    const string line = "The long run builds the engine; the easy days let it rest. 0123456789 abcdefghij\n";
    var bytes = Encoding.ASCII.GetBytes(line);
    await using var stream = File.Create(path);
    for (long written = 0; written < megabytes * 1_000_000L; written += bytes.Length)
    {
        await stream.WriteAsync(bytes);
    }
}
