using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace MCPacer.Clients;

/// <summary>
/// The calls every typed client makes to the service that owns the data. Whatever goes wrong becomes one of two
/// exceptions its caller (a page, a tool, the command line) turns into its own words:
/// <see cref="ServiceUnavailableException"/> (down, slow, 5xx) or <see cref="ServiceRequestException"/> (4xx).
/// </summary>
public abstract partial class ServiceClient(HttpClient http, string service, ILogger logger)
{
    protected Task<T> GetJsonAsync<T>(string path, CancellationToken ct) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, path), ReadJsonAsync<T>, ct);

    protected Task<string> GetTextAsync(string path, CancellationToken ct) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, path), (response, token) => response.Content.ReadAsStringAsync(token), ct);

    /// <summary>A write; with <paramref name="ifMatch"/> the service refuses it (409) when the data changed since that version.</summary>
    protected Task<TResult> SendJsonAsync<TResult>(HttpMethod method, string path, object? body, CancellationToken ct, string? ifMatch = null) =>
        SendAsync(Request(method, path, body, ifMatch), ReadJsonAsync<TResult>, ct);

    protected Task SendAsync(HttpMethod method, string path, object? body, CancellationToken ct) =>
        SendAsync(Request(method, path, body, null), (_, _) => Task.FromResult(true), ct);

    static HttpRequestMessage Request(HttpMethod method, string path, object? body, string? ifMatch)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{ifMatch}\""));
        }

        return request;
    }

    async Task<T> SendAsync<T>(HttpRequestMessage request, Func<HttpResponseMessage, CancellationToken, Task<T>> read, CancellationToken ct)
    {
        using (request)
        {
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, ct);
            }
            catch (Exception e) when (IsNoAnswer(e, ct))
            {
                // The path only: a query string may carry what the runner typed.
                LogNotAnswering(logger, service, request.Method.Method, request.RequestUri?.AbsolutePath ?? "", e.GetType().Name);
                var timedOut = e is TimeoutRejectedException or OperationCanceledException;
                throw new ServiceUnavailableException(service, null, null,
                    timedOut ? $"The {service} service did not answer in time." : $"The {service} service cannot be reached.", e);
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

    async Task<Exception> FailureAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var (title, message, errors) = await ProblemAsync(response, ct);
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            LogFailed(logger, service, status, response.RequestMessage?.RequestUri?.AbsolutePath ?? "");
            return new ServiceUnavailableException(service, status, message, message ?? $"The {service} service answered {status}.")
            {
                Title = title,
                RetryAt = RetryAt(response),
            };
        }

        return new ServiceRequestException(service, status, title ?? response.ReasonPhrase ?? "Refused",
            message ?? $"The {service} service refused the request ({status}).")
        {
            Errors = errors,
        };
    }

    /// <summary>Retry-After as a time: a date as sent, or a delay counted from the answer's own Date.</summary>
    static DateTimeOffset? RetryAt(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Date: { } date } => date,
        { Delta: { } delay } => (response.Headers.Date ?? DateTimeOffset.UtcNow) + delay,
        _ => null,
    };

    /// <summary>The ProblemDetails' title, its detail (or first validation error, or title) as the message, and its errors by field.</summary>
    static async Task<(string? Title, string? Message, IReadOnlyDictionary<string, string[]> Errors)> ProblemAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var none = new Dictionary<string, string[]>();
        var body = await response.Content.ReadAsStringAsync(ct);
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, null, none);
        }

        try
        {
            using var problem = JsonDocument.Parse(body);
            var root = problem.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null, none);
            }

            var title = root.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            var errors = root.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object
                ? e.EnumerateObject().Where(f => f.Value.ValueKind == JsonValueKind.Array)
                    .ToDictionary(f => f.Name, f => f.Value.EnumerateArray().Select(m => m.ToString()).ToArray())
                : none;
            if (root.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String && detail.GetString() is { Length: > 0 } text)
            {
                return (title, text, errors);
            }

            return (title, errors.Select(f => $"{f.Key}: {string.Join(" ", f.Value)}").FirstOrDefault() ?? title, errors);
        }
        catch (JsonException)
        {
            return (null, body.Length <= 300 ? body.Trim() : null, none);
        }
    }

    async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, CancellationToken ct) =>
        await response.Content.ReadFromJsonAsync<T>(ct)
        ?? throw new ServiceUnavailableException(service, (int)response.StatusCode, "it sent an empty answer",
            $"The {service} service sent an empty answer.");

    static bool IsNoAnswer(Exception e, CancellationToken ct) =>
        e is HttpRequestException or TimeoutRejectedException or BrokenCircuitException
        || (e is OperationCanceledException && !ct.IsCancellationRequested);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Service} service did not answer {Method} {Path} ({Error})")]
    static partial void LogNotAnswering(ILogger logger, string service, string method, string path, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Service} service answered {Status} to {Path}")]
    static partial void LogFailed(ILogger logger, string service, int status, string path);
}
