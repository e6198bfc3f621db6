using System.Net;
using System.Net.Http.Headers;

namespace MCPacer.AppHost.Hosting;

/// <summary>
/// "Rotate access token": writes a new token into &lt;data-dir&gt;/access-token, which every running service follows
/// within seconds, then waits until the gateway and each service behind it take the new token.
/// </summary>
sealed class AccessTokenRotation(MCPacerOptions options)
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>One authenticated address per service, through the gateway: the gateway checks the token, then the service.</summary>
    static readonly string[] Probes = ["/api/plans/status", "/api/strava/status", "/api/coach/status", "/api/terminal/status", "/mcp", "/"];

    /// <summary>The new token, and the addresses that still refuse it after <see cref="Patience"/> (none when all took it).</summary>
    public async Task<(string Token, string[] Refusing)> RotateAsync(CancellationToken cancellationToken)
    {
        var token = AccessTokenFile.Rotate(options.DataDir);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{options.Port}"), Timeout = TimeSpan.FromSeconds(5) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var refusing = Probes.ToList();
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(Patience);
        try
        {
            while (refusing.Count > 0)
            {
                var accepted = await Task.WhenAll(refusing.Select(async path => (path, ok: await AcceptsAsync(http, path, patience.Token))));
                refusing.RemoveAll(path => accepted.Any(a => a.path == path && a.ok));
                if (refusing.Count > 0)
                {
                    await Task.Delay(ProbeInterval, patience.Token);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
        }

        return (token, [.. refusing]);
    }

    /// <summary>Anything but a 401 means the token was taken (a stopped service's 503 included: it reads the file when it starts).</summary>
    static async Task<bool> AcceptsAsync(HttpClient http, string path, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            return response.StatusCode != HttpStatusCode.Unauthorized;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
