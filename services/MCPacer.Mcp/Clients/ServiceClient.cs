using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ModelContextProtocol;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace MCPacer.Mcp.Clients;

/// <summary>
/// The calls every typed client makes to the service that owns the data. Whatever goes wrong becomes an
/// <see cref="McpException"/> the model can act on: a service that is down or slow is named, a 4xx carries the
/// service's own message (which names the field at fault).
/// </summary>
public abstract partial class ServiceClient(HttpClient http, string service, ILogger logger)
{
    protected Task<T> GetJsonAsync<T>(string path, CancellationToken ct) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, path), ReadJsonAsync<T>, ct);

    protected Task<string> GetTextAsync(string path, CancellationToken ct) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, path), (response, token) => response.Content.ReadAsStringAsync(token), ct);

    protected Task<TResult> SendJsonAsync<TResult>(HttpMethod method, string path, object? body, CancellationToken ct) =>
        SendAsync(new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) }, ReadJsonAsync<TResult>, ct);

    protected Task SendAsync(HttpMethod method, string path, object? body, CancellationToken ct) =>
        SendAsync(new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) },
            (_, _) => Task.FromResult(true), ct);

    async Task<T> SendAsync<T>(HttpRequestMessage request, Func<HttpResponseMessage, CancellationToken, Task<T>> read, CancellationToken ct)
    {
        using (request)
        {
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, ct);
            }
            catch (Exception e) when (IsUnreachable(e, ct))
            {
                LogNotAnswering(logger, service, request.Method.Method, request.RequestUri?.AbsolutePath ?? "", e.GetType().Name);
                throw new ServiceUnavailableException($"the {service} service is not answering; try again in a moment");
            }

            using (response)
            {
                if (!response.IsSuccessStatusCode)
                {
                    throw await FailureAsync(response, ct);
                }

                return await read(response, ct);
            }
        }
    }

    async Task<McpException> FailureAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var message = await ProblemMessageAsync(response, ct);
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            LogFailed(logger, service, status);
            return response.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway
                ? new ServiceUnavailableException($"the {service} service cannot answer right now: {message ?? "try again in a moment"}")
                : new McpException($"the {service} service failed ({status}): {message ?? "see its log"}");
        }

        return new McpException(message ?? $"the {service} service refused the request ({status})");
    }

    /// <summary>The ProblemDetails' detail (or title, or the first validation error) of an error answer.</summary>
    static async Task<string?> ProblemMessageAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var problem = JsonDocument.Parse(body);
            var root = problem.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (root.TryGetProperty("detail", out var detail) && detail.GetString() is { Length: > 0 } text)
            {
                return text;
            }

            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
            {
                var first = errors.EnumerateObject().Select(e => $"{e.Name}: {string.Join(" ", e.Value.EnumerateArray())}").FirstOrDefault();
                if (first is not null)
                {
                    return first;
                }
            }

            return root.TryGetProperty("title", out var title) ? title.GetString() : null;
        }
        catch (JsonException)
        {
            return body.Length <= 300 ? body.Trim() : null;
        }
    }

    async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, CancellationToken ct) =>
        await response.Content.ReadFromJsonAsync<T>(ct)
        ?? throw new McpException($"the {service} service sent an empty answer");

    static bool IsUnreachable(Exception e, CancellationToken ct) =>
        e is HttpRequestException or TimeoutRejectedException or BrokenCircuitException
        || (e is OperationCanceledException && !ct.IsCancellationRequested);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Service} service did not answer {Method} {Path} ({Error})")]
    static partial void LogNotAnswering(ILogger logger, string service, string method, string path, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Service} service answered {Status}")]
    static partial void LogFailed(ILogger logger, string service, int status);
}

/// <summary>The service is down, slow or says it cannot answer now: worth trying again, unlike a refused request.</summary>
public sealed class ServiceUnavailableException(string message) : McpException(message);
