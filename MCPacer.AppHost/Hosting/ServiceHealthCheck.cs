using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MCPacer.AppHost.Hosting;

/// <summary>
/// Healthy when the service answers GET /health with 2xx; otherwise the description says in words what is wrong, for
/// the Aspire dashboard's health column: not listening, too slow, or which of its own checks failed (Redis, usually).
/// </summary>
internal sealed class ServiceHealthCheck(string name, Func<Uri?> address) : IHealthCheck
{
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    static readonly HttpClient Http = new() { Timeout = System.Threading.Timeout.InfiniteTimeSpan };

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (address() is not { } baseAddress)
        {
            return HealthCheckResult.Unhealthy($"{name} has no port yet: it has not been started");
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Timeout);
        try
        {
            using var answer = await Http.GetAsync(new Uri(baseAddress, ServiceResourceExtensions.HealthPath), limit.Token);
            if (answer.IsSuccessStatusCode)
            {
                return HealthCheckResult.Healthy();
            }

            var says = (await answer.Content.ReadAsStringAsync(limit.Token)).Trim();
            return HealthCheckResult.Unhealthy(
                $"{name} answers {(int)answer.StatusCode} to /health ({(says.Length > 0 ? says : "no reason given")}); its structured logs say why");
        }
        catch (HttpRequestException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
        {
            return HealthCheckResult.Unhealthy($"{name} is not listening on {baseAddress.Authority}: it is starting, stopped or crashed (see its console logs)");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"{name} did not answer /health within {Timeout.TotalSeconds:0} s: it is busy or stuck");
        }
        catch (HttpRequestException e)
        {
            return HealthCheckResult.Unhealthy($"{name} could not be asked: {e.Message}");
        }
    }
}
