using System.Net;
using System.Net.Http.Json;
using MCPacer.Contracts;
using MCPacer.Contracts.Coach;
using MCPacer.Testing;
using Microsoft.AspNetCore.Mvc;

namespace MCPacer.Coach.Tests;

public sealed class ServiceWiringTests(RedisServer redis) : IDisposable
{
    readonly CoachHost _coach = new(redis);
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Status_answers_with_the_service_name_when_the_token_is_presented()
    {
        var status = await _coach.Client.GetFromJsonAsync<ServiceStatus>("/api/coach/status", Ct);

        Assert.Equal("MCPacer.Coach", status!.Service);
    }

    [Fact]
    public async Task Requests_without_the_access_token_get_401()
    {
        using var anonymous = _coach.Factory.CreateClient();

        var response = await anonymous.GetAsync("/api/coach/memory", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_coach_routes_for_the_clients()
    {
        var document = await _coach.Client.GetStringAsync("/openapi/v1.json", Ct);

        foreach (var route in new[] { "/api/coach/memory/sections/{key}", "/api/coach/sessions", "/api/coach/bodymap/regions", "/api/coach/session-context" })
        {
            Assert.Contains($"\"{route}\"", document);
        }
    }

    [Fact]
    public async Task Every_endpoint_has_its_own_operation_id() =>
        Assert.Empty(await OpenApiDocument.OperationsWithoutUniqueIdAsync(_coach.Client, Ct));

    [Fact]
    public async Task A_broken_body_map_file_is_reported_with_its_path_and_line_and_never_overwritten()
    {
        var file = Path.Combine(_coach.CoachDir, "bodymap.json");
        Directory.CreateDirectory(_coach.CoachDir);
        const string broken = "{\n  \"painted\": [\n    { oops }\n  ]\n}\n";
        await File.WriteAllTextAsync(file, broken, Ct);

        var read = await _coach.Client.GetAsync("/api/coach/bodymap", Ct);
        var write = await _coach.Client.PutAsJsonAsync("/api/coach/bodymap/painted/front_left_quad", new RegionPaint(Sensation.Pain), Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, read.StatusCode);
        var detail = (await read.Content.ReadFromJsonAsync<ProblemDetails>(Ct))!.Detail!;
        Assert.Contains(file, detail);
        Assert.Contains("(line 3)", detail);
        Assert.Equal(HttpStatusCode.InternalServerError, write.StatusCode);
        Assert.Equal(broken, await File.ReadAllTextAsync(file, Ct));
    }

    public void Dispose() => _coach.Dispose();
}
