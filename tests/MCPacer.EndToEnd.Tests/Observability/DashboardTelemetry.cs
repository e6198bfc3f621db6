using System.Text.Json;

namespace MCPacer.EndToEnd.Tests.Observability;

/// <summary>One exported span as the Aspire dashboard's telemetry API returns it (OTLP JSON), flattened for assertions.</summary>
public sealed record ExportedSpan(
    string Service, string Scope, string TraceId, string SpanId, string? ParentSpanId, string Name,
    IReadOnlyDictionary<string, string> Attributes, IReadOnlyList<ExportedEvent> Events, int StatusCode, DateTimeOffset Start)
{
    public string? this[string attribute] => Attributes.GetValueOrDefault(attribute);
}

public sealed record ExportedEvent(string Name, IReadOnlyDictionary<string, string> Attributes);

/// <summary>One exported log record: who wrote it, at which level (OTLP severity number: 9 Information, 13 Warning), what.</summary>
public sealed record ExportedLog(string Service, string Category, int Severity, string Body, IReadOnlyDictionary<string, string> Attributes);

/// <summary>The Aspire dashboard's telemetry HTTP API (GET /api/telemetry/spans, X-API-Key), read back by the tests.</summary>
public sealed class DashboardTelemetry(Uri dashboard, string apiKey)
{
    static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    public async Task<IReadOnlyList<ExportedSpan>> SpansAsync(string? traceId, CancellationToken ct)
    {
        using var document = await GetAsync("spans", traceId, ct);
        return [.. ReadSpans(document.RootElement.GetProperty("data"))];
    }

    public async Task<IReadOnlyList<ExportedLog>> LogsAsync(string? traceId, CancellationToken ct)
    {
        using var document = await GetAsync("logs", traceId, ct);
        return [.. ReadLogs(document.RootElement.GetProperty("data"))];
    }

    async Task<JsonDocument> GetAsync(string kind, string? traceId, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = dashboard, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("X-API-Key", apiKey);
        var query = traceId is null ? "?limit=10000" : $"?traceId={traceId}&limit=10000";
        return JsonDocument.Parse(await http.GetStringAsync($"/api/telemetry/{kind}{query}", ct));
    }

    /// <summary>Polls until a span matching <paramref name="match"/> has been exported (spans arrive in batches, seconds late).</summary>
    public async Task<ExportedSpan> WaitForSpanAsync(Func<ExportedSpan, bool> match, TimeSpan timeout, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        while (true)
        {
            if ((await SpansAsync(null, limit.Token)).FirstOrDefault(match) is { } span)
            {
                return span;
            }

            try
            {
                await Task.Delay(PollInterval, limit.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                Assert.Fail($"no matching span reached the Aspire dashboard within {timeout.TotalSeconds} s");
            }
        }
    }

    /// <summary>Waits until the trace holds a span matching each of <paramref name="matches"/>, then returns it whole.</summary>
    public async Task<IReadOnlyList<ExportedSpan>> WaitForTraceAsync(
        string traceId, IReadOnlyList<Func<ExportedSpan, bool>> matches, TimeSpan timeout, CancellationToken ct)
    {
        var until = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            var spans = await SpansAsync(traceId, ct);
            if (matches.All(spans.Any) || DateTimeOffset.UtcNow > until)
            {
                return spans;
            }

            await Task.Delay(PollInterval, ct);
        }
    }

    static IEnumerable<ExportedLog> ReadLogs(JsonElement data)
    {
        foreach (var resource in data.GetProperty("resourceLogs").EnumerateArray())
        {
            var service = Attributes(resource.GetProperty("resource")).GetValueOrDefault("service.name") ?? "";
            foreach (var scope in resource.GetProperty("scopeLogs").EnumerateArray())
            {
                var category = scope.TryGetProperty("scope", out var s) && s.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";
                foreach (var log in scope.GetProperty("logRecords").EnumerateArray())
                {
                    yield return new ExportedLog(service, category,
                        log.TryGetProperty("severityNumber", out var severity) ? severity.GetInt32() : 0,
                        log.TryGetProperty("body", out var body) ? Value(body) : "",
                        Attributes(log));
                }
            }
        }
    }

    static IEnumerable<ExportedSpan> ReadSpans(JsonElement data)
    {
        foreach (var resource in data.GetProperty("resourceSpans").EnumerateArray())
        {
            var service = Attributes(resource.GetProperty("resource")).GetValueOrDefault("service.name") ?? "";
            foreach (var scope in resource.GetProperty("scopeSpans").EnumerateArray())
            {
                var scopeName = scope.TryGetProperty("scope", out var s) && s.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";
                foreach (var span in scope.GetProperty("spans").EnumerateArray())
                {
                    yield return new ExportedSpan(
                        service,
                        scopeName,
                        span.GetProperty("traceId").GetString()!,
                        span.GetProperty("spanId").GetString()!,
                        span.TryGetProperty("parentSpanId", out var parent) && parent.GetString() is { Length: > 0 } p ? p : null,
                        span.GetProperty("name").GetString()!,
                        Attributes(span),
                        span.TryGetProperty("events", out var events)
                            ? [.. events.EnumerateArray().Select(e => new ExportedEvent(e.GetProperty("name").GetString()!, Attributes(e)))]
                            : [],
                        span.TryGetProperty("status", out var status) && status.TryGetProperty("code", out var code) ? code.GetInt32() : 0,
                        DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(span.GetProperty("startTimeUnixNano").GetString()!) / 1_000_000));
                }
            }
        }
    }

    static Dictionary<string, string> Attributes(JsonElement element) =>
        element.TryGetProperty("attributes", out var attributes)
            ? attributes.EnumerateArray().ToDictionary(a => a.GetProperty("key").GetString()!, a => Value(a.GetProperty("value")))
            : [];

    static string Value(JsonElement value) =>
        value.EnumerateObject().FirstOrDefault() is { Value: var inner } && inner.ValueKind != JsonValueKind.Undefined
            ? inner.ValueKind == JsonValueKind.String ? inner.GetString()! : inner.GetRawText()
            : "";
}
