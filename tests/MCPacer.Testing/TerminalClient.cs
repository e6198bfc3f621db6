using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using MCPacer.Contracts.Terminal;

namespace MCPacer.Testing;

/// <summary>The browser's side of /terminal/ws, as lean as the benchmarks need.</summary>
public sealed class TerminalClient : IAsyncDisposable
{
    readonly ClientWebSocket _socket = new();
    readonly byte[] _buffer = new byte[256 * 1024];
    readonly MemoryStream _message = new();

    public static async Task<TerminalClient> ConnectAsync(Uri address, string token, string query)
    {
        var client = new TerminalClient();
        client._socket.Options.SetRequestHeader("Authorization", $"Bearer {token}");
        var uri = new UriBuilder(address) { Scheme = "ws", Path = "/terminal/ws", Query = query }.Uri;
        await client._socket.ConnectAsync(uri, CancellationToken.None);
        return client;
    }

    public async Task<TerminalServerFrame?> ReceiveAsync(CancellationToken cancellationToken = default)
    {
        _message.SetLength(0);
        while (true)
        {
            var received = await _socket.ReceiveAsync(_buffer.AsMemory(), cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            _message.Write(_buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                return JsonSerializer.Deserialize(_message.GetBuffer().AsSpan(0, (int)_message.Length),
                    TerminalFrameJson.Default.TerminalServerFrame);
            }
        }
    }

    /// <summary>Reads output frames until their text contains <paramref name="expected"/>.</summary>
    public async Task ReadUntilAsync(string expected)
    {
        var output = new StringBuilder();
        while (!output.ToString().Contains(expected, StringComparison.Ordinal))
        {
            switch (await ReceiveAsync())
            {
                case TerminalOutputFrame frame:
                    output.Append(frame.Data);
                    break;
                case null or TerminalExitFrame:
                    throw new InvalidOperationException($"The session ended before '{expected}' arrived.");
            }
        }
    }

    public Task SendInputAsync(string data) =>
        _socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes<TerminalClientFrame>(new TerminalInputFrame(data),
            TerminalFrameJson.Default.TerminalClientFrame), WebSocketMessageType.Text, true, CancellationToken.None);

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
