using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;

namespace MCPacer.Dashboard.Clients;

/// <summary>
/// Sends one request to a service and turns every failure into one of two exceptions the pages understand:
/// the service is down (unreachable, 5xx) or it refused the request (4xx with its ProblemDetails).
/// </summary>
public static class ServiceHttp
{
    public static async Task<HttpResponseMessage> SendAsync(
        HttpClient http, string service, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new ServiceUnavailableException(service, $"The {service} service cannot be reached.", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ServiceUnavailableException(service, $"The {service} service did not answer in time.", e);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var problem = await ReadProblemAsync(response, cancellationToken);
            var status = (int)response.StatusCode;
            if (status >= 500)
            {
                throw new ServiceUnavailableException(service,
                    problem?.Detail ?? problem?.Title ?? $"The {service} service answered {status}.");
            }

            throw new ServiceRequestException(service, status, problem?.Title ?? response.ReasonPhrase ?? "Refused", problem?.Detail);
        }
    }

    public static async Task<T> ReadAsync<T>(
        HttpClient http, string service, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(http, service, request, cancellationToken);
        return await response.Content.ReadFromJsonAsync<T>(cancellationToken)
            ?? throw new ServiceUnavailableException(service, $"The {service} service sent an empty answer.");
    }

    static async Task<ProblemDetails?> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<ProblemDetails>(cancellationToken);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or NotSupportedException)
        {
            return null;
        }
    }
}
