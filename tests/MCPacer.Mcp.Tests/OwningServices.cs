using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using MCPacer.Clients;
using Microsoft.Extensions.Logging.Abstractions;

namespace MCPacer.Mcp.Tests;

/// <summary>
/// Answers the typed clients as the coach, plans and strava services would: each route a test sets up gets its JSON
/// or its ProblemDetails, a service marked down refuses the connection, and anything else is a 404 naming the route.
/// Every request is recorded, so a test can tell that a refused argument never reached a service.
/// </summary>
sealed class OwningServices : HttpMessageHandler
{
    static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    readonly Dictionary<string, Func<HttpResponseMessage>> _routes = [];
    readonly HashSet<string> _down = [];
    readonly List<Request> _requests = [];

    public sealed record Request(string Method, string Service, string PathAndQuery, string? Body, string? Authorization);

    public IReadOnlyList<Request> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public PlansClient Plans => new(Client(PlansClient.ServiceName), NullLogger<PlansClient>.Instance);

    public CoachClient Coach => new(Client(CoachClient.ServiceName), NullLogger<CoachClient>.Instance);

    public StravaClient Strava => new(Client(StravaClient.ServiceName), NullLogger<StravaClient>.Instance);

    /// <summary>No routes, no service down, no requests: a test class's host is shared by its tests.</summary>
    public OwningServices Reset()
    {
        lock (_requests)
        {
            _routes.Clear();
            _down.Clear();
            _requests.Clear();
        }

        return this;
    }

    /// <summary>The route answers 200 with <paramref name="body"/> as the service's JSON (a string is sent as text).</summary>
    public OwningServices Answer(string method, string url, object body) => Route(method, url, () => new HttpResponseMessage(HttpStatusCode.OK)
    {
        Content = body is string text ? new StringContent(text) : JsonContent.Create(body, body.GetType(), options: Web),
    });

    /// <summary>The route answers a ProblemDetails, as the services' TypedResults do.</summary>
    public OwningServices Problem(string method, string url, int status, string title, string? detail = null,
        Dictionary<string, string[]>? errors = null, TimeSpan? retryAfter = null) => Route(method, url, () =>
    {
        var response = new HttpResponseMessage((HttpStatusCode)status)
        {
            Content = JsonContent.Create(new { status, title, detail, errors }, options: Web),
        };
        if (retryAfter is { } delay)
        {
            response.Headers.RetryAfter = new(delay);
            response.Headers.Date = DateTimeOffset.UtcNow;
        }

        return response;
    });

    /// <summary>Nothing listens where the service should be: every call to it is refused, as a stopped service's port is.</summary>
    public OwningServices Down(string service)
    {
        lock (_requests)
        {
            _down.Add(service);
        }

        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Func<HttpResponseMessage>? answer;
        lock (_requests)
        {
            _requests.Add(new Request(request.Method.Method, uri.Host, uri.PathAndQuery, body, request.Headers.Authorization?.ToString()));
            if (_down.Contains(uri.Host))
            {
                throw new HttpRequestException(HttpRequestError.ConnectionError, $"Connection refused ({uri.Host}:{uri.Port})",
                    new SocketException((int)SocketError.ConnectionRefused));
            }

            answer = _routes.GetValueOrDefault(Key(request.Method.Method, uri.Host, uri.PathAndQuery));
        }

        return answer?.Invoke() ?? new HttpResponseMessage(HttpStatusCode.NotFound)
        {
            Content = JsonContent.Create(new { status = 404, title = "Not found", detail = $"the test set up no answer for {request.Method} {uri}" }),
        };
    }

    OwningServices Route(string method, string url, Func<HttpResponseMessage> answer)
    {
        var uri = new Uri(url);
        lock (_requests)
        {
            _routes[Key(method, uri.Host, uri.PathAndQuery)] = answer;
        }

        return this;
    }

    static string Key(string method, string service, string pathAndQuery) => $"{method} {service}{pathAndQuery}";

    HttpClient Client(string service) => new(this, disposeHandler: false) { BaseAddress = new Uri($"http://{service}") };
}
