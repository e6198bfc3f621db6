using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace MCPacer.Clients;

/// <summary>Adds the access token to calls between MCPacer services (only clients made with AddServiceClient).</summary>
public sealed class AccessTokenForwardingHandler(IOptionsMonitor<AccessTokenOptions> token) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization ??= new AuthenticationHeaderValue("Bearer", token.CurrentValue.AccessToken);
        return base.SendAsync(request, cancellationToken);
    }
}
