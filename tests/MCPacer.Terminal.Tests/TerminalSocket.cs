using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using MCPacer.Contracts.Terminal;

namespace MCPacer.Terminal.Tests;

/// <summary>A browser's side of /terminal/ws: sends input and resize frames, collects output until a condition or the exit.</summary>
public sealed class TerminalSocket : IAsyncDisposable
{
    static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(15);

    readonly ClientWebSocket _socket;
    readonly StringBuilder _output = new();
    readonly MemoryStream _message = new();
    readonly byte[] _buffer = new byte[64 * 1024];

    TerminalSocket(ClientWebSocket socket) => _socket = socket;

    public string Output => _output.ToString();

    public int? ExitCode { get; private set; }

    public WebSocketState State => _socket.State;

    public static async Task<TerminalSocket> ConnectAsync(Uri baseAddress, string query, string? token, string? origin,
        CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        if (token is not null)
        {
            socket.Options.SetRequestHeader("Authorization", $"Bearer {token}");
        }

        if (origin is not null)
        {
            socket.Options.SetRequestHeader("Origin", origin);
        }

        var uri = new UriBuilder(baseAddress) { Scheme = "ws", Path = "/terminal/ws", Query = query }.Uri;
        try
        {
            await socket.ConnectAsync(uri, cancellationToken);
        }
        catch (WebSocketException error)
        {
            throw new RefusedException((int)socket.HttpStatusCode, error);
        }

        return new TerminalSocket(socket);
    }

    /// <summary>The next frame; output is also added to <see cref="Output"/>. Null when the server closed.</summary>
    public async Task<TerminalServerFrame?> ReceiveAsync(CancellationToken cancellationToken)
    {
        _message.SetLength(0);
        while (true)
        {
            var received = await _socket.ReceiveAsync(_buffer, cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            _message.Write(_buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                break;
            }
        }

        var frame = JsonSerializer.Deserialize(_message.GetBuffer().AsSpan(0, (int)_message.Length), TerminalFrameJson.Default.TerminalServerFrame);
        switch (frame)
        {
            case TerminalOutputFrame output:
                _output.Append(output.Data);
                break;
            case TerminalExitFrame exit:
                ExitCode = exit.Code;
                break;
        }

        return frame;
    }

    /// <summary>Reads frames until the collected output satisfies <paramref name="done"/>; fails with the output so far.</summary>
    public async Task<string> ReadUntilAsync(Func<string, bool> done, TimeSpan? wait = null)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(wait ?? DefaultWait);
        try
        {
            while (!done(Output))
            {
                if (await ReceiveAsync(timeout.Token) is null)
                {
                    Assert.Fail($"The server closed the connection first. Output so far:\n{Tail()}");
                }
            }
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            Assert.Fail($"Timed out. Output so far:\n{Tail()}");
        }

        return Output;
    }

    public Task<string> ReadUntilAsync(string text, TimeSpan? wait = null) =>
        ReadUntilAsync(output => output.Contains(text, StringComparison.Ordinal), wait);

    /// <summary>Reads until the exit frame and returns its code.</summary>
    public async Task<int> ReadToExitAsync(TimeSpan? wait = null)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(wait ?? DefaultWait);
        while (ExitCode is null)
        {
            if (await ReceiveAsync(timeout.Token) is null)
            {
                Assert.Fail($"The server closed the connection without an exit frame. Output so far:\n{Tail()}");
            }
        }

        return ExitCode.Value;
    }

    public void ClearOutput() => _output.Clear();

    public Task SendInputAsync(string data) =>
        SendAsync(new TerminalInputFrame(data));

    public Task SendResizeAsync(int cols, int rows) =>
        SendAsync(new TerminalResizeFrame(cols, rows));

    Task SendAsync(TerminalClientFrame frame) =>
        _socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(frame, TerminalFrameJson.Default.TerminalClientFrame),
            WebSocketMessageType.Text, endOfMessage: true, TestContext.Current.CancellationToken);

    public async Task CloseAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "test done", TestContext.Current.CancellationToken);
        }
    }

    string Tail() => Output.Length > 2000 ? Output[^2000..] : Output;

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}

public sealed class RefusedException(int status, Exception inner) : Exception($"The upgrade was refused with HTTP {status}", inner)
{
    public int Status { get; } = status;
}
