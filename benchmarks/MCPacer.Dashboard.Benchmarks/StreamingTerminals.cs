using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.RegularExpressions;
using MCPacer.Contracts.Terminal;
using MCPacer.Testing;

namespace MCPacer.Dashboard.Benchmarks;

/// <summary>
/// Terminal sessions through the gateway, each running a shell loop that prints a ~1 KB line stamped with the time it
/// was printed every 50 ms (about 19 KB/s a session), read as fast as they come. Counts characters, lines and the age
/// of each line on arrival; any session that ends or fails early is an error.
/// </summary>
sealed partial class StreamingTerminals
{
    // $EPOCHREALTIME and `read -t` are bash builtins, so the loop forks nothing.
    const string Loop = "while :; do printf 'stream-line %s %0900d\\n' \"$EPOCHREALTIME\" 0; read -t 0.05 _; done\r";

    readonly List<double> _lineAges = [];
    long _characters;
    int _errors;

    public long Characters => Interlocked.Read(ref _characters);

    public int Errors => _errors;

    /// <summary>Milliseconds from a line's printing to its arrival here, every line so far.</summary>
    public IReadOnlyList<double> LineAges
    {
        get
        {
            lock (_lineAges)
            {
                return [.. _lineAges];
            }
        }
    }

    /// <summary>
    /// Connects <paramref name="count"/> sessions and starts their loops; returns once every one streams (a login shell can
    /// take seconds to start on a busy machine), with the task that reads them until <paramref name="stop"/>.
    /// </summary>
    public async Task<Task> StartAsync(DemoStack stack, int count, CancellationToken stop)
    {
        var clients = new List<TerminalClient>();
        for (var i = 0; i < count; i++)
        {
            var client = await TerminalClient.ConnectAsync(stack.Gateway, stack.Token, "profile=shell");
            clients.Add(client);
            await client.SendInputAsync(Loop);
        }

        // The loop's echo says "stream-line %s"; only its output has a digit there.
        await Task.WhenAll(clients.Select(client => client.ReadUntilAsync("stream-line 1"))).WaitAsync(TimeSpan.FromMinutes(2));

        return Task.WhenAll(clients.Select(client => ReadAsync(client, stop)));
    }

    async Task ReadAsync(TerminalClient client, CancellationToken stop)
    {
        await using var _ = client;
        var pending = new StringBuilder();
        try
        {
            while (await client.ReceiveAsync(stop) is { } frame)
            {
                if (frame is TerminalExitFrame)
                {
                    break;
                }

                if (frame is TerminalOutputFrame output)
                {
                    Interlocked.Add(ref _characters, output.Data.Length);
                    pending.Append(output.Data);
                    CountLines(pending);
                }
            }

            Interlocked.Increment(ref _errors);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (WebSocketException)
        {
            Interlocked.Increment(ref _errors);
        }
    }

    void CountLines(StringBuilder pending)
    {
        var text = pending.ToString();
        var end = text.LastIndexOf('\n');
        if (end < 0)
        {
            return;
        }

        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0;
        lock (_lineAges)
        {
            foreach (Match line in StampedLine().Matches(text[..end]))
            {
                _lineAges.Add((now - double.Parse(line.Groups[1].Value, CultureInfo.InvariantCulture)) * 1000);
            }
        }

        pending.Remove(0, end + 1);
    }

    [GeneratedRegex(@"stream-line (\d+\.\d+) ")]
    private static partial Regex StampedLine();
}
