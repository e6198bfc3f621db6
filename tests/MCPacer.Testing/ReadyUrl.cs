using System.Net.Http.Headers;

namespace MCPacer.Testing;

/// <summary>The AppHost's ready line (http://127.0.0.1:PORT/?token=...): the gateway's address and the access token it carries.</summary>
public sealed record ReadyUrl(Uri Gateway, string Token)
{
    public static ReadyUrl Parse(string line)
    {
        var url = new Uri(line);
        var token = url.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).Single(p => p[0] == "token")[1];
        return new ReadyUrl(new Uri(url.GetLeftPart(UriPartial.Authority) + "/"), Uri.UnescapeDataString(token));
    }

    /// <summary>A client of the gateway that sends the access token, as every caller but a browser does.</summary>
    public HttpClient CreateClient(TimeSpan timeout) => new()
    {
        BaseAddress = Gateway,
        Timeout = timeout,
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", Token) },
    };
}
