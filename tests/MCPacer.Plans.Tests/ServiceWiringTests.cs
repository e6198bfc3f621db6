using System.Net;
using System.Net.Http.Json;
using MCPacer.Contracts;
using MCPacer.Testing;

namespace MCPacer.Plans.Tests;

public sealed class ServiceWiringTests : IDisposable
{
    readonly ServiceFactory<Program> _factory = new();

    [Fact]
    public async Task Status_answers_with_the_service_name_when_the_token_is_presented()
    {
        var status = await _factory.CreateAuthorizedClient()
            .GetFromJsonAsync<ServiceStatus>("/api/plans/status", TestContext.Current.CancellationToken);

        Assert.Equal("MCPacer.Plans", status!.Service);
    }

    [Fact]
    public async Task Requests_without_the_access_token_get_401()
    {
        var response = await _factory.CreateClient().GetAsync("/api/plans/status", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Every_endpoint_has_its_own_operation_id() =>
        Assert.Empty(await OpenApiDocument.OperationsWithoutUniqueIdAsync(_factory.CreateAuthorizedClient(), TestContext.Current.CancellationToken));

    public void Dispose() => _factory.Dispose();
}
