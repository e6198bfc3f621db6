using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace MCPacer.Cli;

/// <summary>
/// A transport-level proxy: every JSON-RPC message from stdin goes to the server over streamable HTTP, and every
/// message from the server (answers, notifications, its own requests) goes to stdout, so the bridge needs to know
/// nothing of tools or capabilities. Stdout carries only the protocol; the logs go to stderr.
/// </summary>
sealed partial class McpBridge(Uri endpoint, string token)
{
    static readonly ILoggerFactory Logs = LoggerFactory.Create(logging => logging
        .SetMinimumLevel(LogLevel.Warning)
        .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));

    readonly ILogger _logger = Logs.CreateLogger<McpBridge>();

    public async Task RunAsync(CancellationToken ct)
    {
        var http = new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = endpoint,
            Name = "mcpacer",
            TransportMode = HttpTransportMode.StreamableHttp,
            AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = $"Bearer {token}" },
        }, Logs);
        await using var server = await http.ConnectAsync(ct);
        await using var client = new StdioServerTransport("mcpacer", Logs);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var toClient = ForwardServerMessagesAsync(server, client, stop.Token);
        await ForwardClientMessagesAsync(client, server, ct);

        // stdin closed: for MCP's stdio transport that is the client ending the session, answers still due included.
        await stop.CancelAsync();
        await toClient;
    }

    /// <summary>
    /// Each message on its own task: a POST returns only when its answer has been read, and a long tool call must not
    /// hold back the client's next request or its cancellation notice.
    /// </summary>
    async Task ForwardClientMessagesAsync(ITransport client, ITransport server, CancellationToken ct)
    {
        await foreach (var message in client.MessageReader.ReadAllAsync(ct))
        {
            _ = SendToServerAsync(message, server, client, ct);
        }
    }

    async Task SendToServerAsync(JsonRpcMessage message, ITransport server, ITransport client, CancellationToken ct)
    {
        try
        {
            await server.SendMessageAsync(message, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogSendFailed(_logger, endpoint.GetLeftPart(UriPartial.Path), e.Message);
            if (message is JsonRpcRequest request && !ct.IsCancellationRequested)
            {
                // The client waits for an answer to every request: give it one rather than let it hang.
                await client.SendMessageAsync(new JsonRpcError
                {
                    Id = request.Id,
                    Error = new JsonRpcErrorDetail
                    {
                        Code = (int)(e is McpProtocolException protocol ? protocol.ErrorCode : McpErrorCode.InternalError),
                        Message = $"MCPacer did not answer at {endpoint}: {e.Message}",
                    },
                }, ct);
            }
        }
    }

    /// <summary>Answers, notifications and the server's own requests, in the order the server sent them.</summary>
    async Task ForwardServerMessagesAsync(ITransport server, ITransport client, CancellationToken ct)
    {
        try
        {
            await foreach (var message in server.MessageReader.ReadAllAsync(ct))
            {
                await client.SendMessageAsync(message, ct);
            }
        }
        catch (Exception) when (ct.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not forward a message to {Endpoint}: {Reason}")]
    static partial void LogSendFailed(ILogger logger, string endpoint, string reason);
}
