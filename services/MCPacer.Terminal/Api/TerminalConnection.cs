using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MCPacer.Contracts.Terminal;
using MCPacer.Terminal.Sessions;

namespace MCPacer.Terminal.Api;

/// <summary>
/// One browser's WebSocket: writes the server frames (session, output, exit) and reads the client frames
/// (input, resize). Output bytes are decoded as one UTF-8 stream, so a character split between reads stays whole.
/// </summary>
internal sealed class TerminalConnection(WebSocket socket, TimeSpan sendTimeout, TimeProvider time) : ITerminalClient
{
    const int MaxClientFrameBytes = 1024 * 1024;
    const int OutputSliceBytes = 64 * 1024;

    // Frames go to JSON.parse, never into HTML, so only what JSON itself requires is escaped.
    static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    readonly SemaphoreSlim _sending = new(1, 1);
    readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetDecoder();
    readonly ArrayBufferWriter<byte> _frame = new(OutputSliceBytes * 2);
    readonly char[] _chars = new char[OutputSliceBytes + 4];

    public Task<bool> SendSessionAsync(string id) => SendFrameAsync(writer =>
    {
        writer.WriteString("type", "session");
        writer.WriteString("id", id);
    });

    public async Task<bool> SendOutputAsync(ReadOnlyMemory<byte> output)
    {
        for (var offset = 0; offset < output.Length; offset += OutputSliceBytes)
        {
            var slice = output.Slice(offset, Math.Min(OutputSliceBytes, output.Length - offset));
            var count = _decoder.GetChars(slice.Span, _chars, flush: false);
            var sent = await SendFrameAsync(writer =>
            {
                writer.WriteString("type", "output");
                writer.WriteString("data", _chars.AsSpan(0, count));
            });
            if (!sent)
            {
                return false;
            }
        }

        return true;
    }

    public async Task SendExitAsync(int code)
    {
        if (await SendFrameAsync(writer =>
            {
                writer.WriteString("type", "exit");
                writer.WriteNumber("code", code);
            }))
        {
            await CloseAsync(WebSocketCloseStatus.NormalClosure, "The program exited.");
        }
    }

    public void Abort() => socket.Abort();

    /// <summary>Reads the browser's frames into the session until the browser goes away or breaks the protocol.</summary>
    public async Task ReceiveAsync(TerminalSession session, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        var message = new ArrayBufferWriter<byte>();
        try
        {
            while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                var received = await socket.ReceiveAsync(buffer.AsMemory(), cancellationToken);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    await CloseAsync(WebSocketCloseStatus.NormalClosure, "Bye.");
                    return;
                }

                message.Write(buffer.AsSpan(0, received.Count));
                if (message.WrittenCount > MaxClientFrameBytes)
                {
                    await CloseAsync(WebSocketCloseStatus.MessageTooBig, $"A frame may hold at most {MaxClientFrameBytes} bytes.");
                    return;
                }

                if (!received.EndOfMessage)
                {
                    continue;
                }

                var error = received.MessageType == WebSocketMessageType.Text
                    ? await HandleFrameAsync(message.WrittenMemory, session, cancellationToken)
                    : "Send JSON text frames.";
                message.ResetWrittenCount();
                if (error is not null)
                {
                    await CloseAsync(WebSocketCloseStatus.InvalidPayloadData, error);
                    return;
                }
            }
        }
        catch (Exception error) when (error is WebSocketException or OperationCanceledException)
        {
            // The browser went away; the session lives on for a reconnect.
        }
    }

    async ValueTask<string?> HandleFrameAsync(ReadOnlyMemory<byte> json, TerminalSession session, CancellationToken cancellationToken)
    {
        TerminalClientFrame? frame;
        try
        {
            frame = JsonSerializer.Deserialize(json.Span, TerminalFrameJson.Default.TerminalClientFrame);
        }
        catch (Exception error) when (error is JsonException or NotSupportedException)
        {
            return """Frames are {"type":"input","data":"..."} or {"type":"resize","cols":C,"rows":R}.""";
        }

        switch (frame)
        {
            case TerminalInputFrame { Data: { } data }:
                await session.WriteInputAsync(Encoding.UTF8.GetBytes(data), cancellationToken);
                return null;
            case TerminalResizeFrame resize when new TerminalSize(resize.Cols, resize.Rows) is { IsValid: true } size:
                session.Resize(size);
                return null;
            case TerminalResizeFrame:
                return $"cols must be 1-{TerminalSize.MaxCols} and rows 1-{TerminalSize.MaxRows}.";
            default:
                return """An input frame needs "data".""";
        }
    }

    async Task<bool> SendFrameAsync(Action<Utf8JsonWriter> writeFields)
    {
        await _sending.WaitAsync();
        try
        {
            _frame.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(_frame, WriterOptions))
            {
                writer.WriteStartObject();
                writeFields(writer);
                writer.WriteEndObject();
            }

            using var timeout = new CancellationTokenSource(sendTimeout, time);
            await socket.SendAsync(_frame.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
            return true;
        }
        catch (Exception error) when (error is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            return false;
        }
        finally
        {
            _sending.Release();
        }
    }

    async Task CloseAsync(WebSocketCloseStatus status, string description)
    {
        await _sending.WaitAsync();
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(sendTimeout, time);
                await socket.CloseOutputAsync(status, description, timeout.Token);
            }
        }
        catch (Exception error) when (error is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
        finally
        {
            _sending.Release();
        }
    }
}
