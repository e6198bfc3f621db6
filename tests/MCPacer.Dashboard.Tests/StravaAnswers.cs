using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MCPacer.Dashboard.Tests;

/// <summary>
/// Answers the dashboard's StravaClient as the strava service would: a route a test sets up gets its JSON or its
/// ProblemDetails, with the service down the connection is refused, and anything else is a 404. Writes are recorded
/// with their bodies, so a test can tell what a card sent.
/// </summary>
public sealed class StravaAnswers : HttpMessageHandler
{
    static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    readonly Dictionary<string, Func<HttpResponseMessage>> _routes = [];

    public List<(string Method, string Path, string? Body)> Sent { get; } = [];

    public bool Down { get; set; }

    public void Answer(string method, string path, object body) => _routes[$"{method} {path}"] = () =>
        new HttpResponseMessage(HttpStatusCode.OK) { Content = JsonContent.Create(body, body.GetType(), options: Web) };

    /// <summary>The route answers a validation problem (400) with the errors by field, as ASP.NET Core sends it.</summary>
    public void Refuse(string method, string path, int status, string title, IReadOnlyDictionary<string, string[]>? errors = null) =>
        _routes[$"{method} {path}"] = () => new HttpResponseMessage((HttpStatusCode)status)
        {
            Content = JsonContent.Create(new { title, status, errors }, options: Web),
        };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Down)
        {
            throw new HttpRequestException("Connection refused (strava:80)");
        }

        var path = request.RequestUri!.PathAndQuery;
        Sent.Add((request.Method.Method, path, request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken)));
        return _routes.TryGetValue($"{request.Method.Method} {path}", out var answer)
            ? answer()
            : new HttpResponseMessage(HttpStatusCode.NotFound) { Content = JsonContent.Create(new { title = "Not found", detail = $"no route {path}" }) };
    }
}
