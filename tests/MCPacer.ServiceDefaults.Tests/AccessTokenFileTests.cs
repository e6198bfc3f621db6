using System.Net;
using System.Net.Http.Headers;
using MCPacer.Testing;
using Microsoft.AspNetCore.TestHost;

namespace MCPacer.ServiceDefaults.Tests;

/// <summary>A service started with MCPacer:AccessTokenFile (as the AppHost starts every service) follows that file.</summary>
public sealed class AccessTokenFileTests
{
    const string First = "first-token-0123456789-abcdefghij";
    const string Second = "second-token-0123456789-abcdefghij";

    [Fact]
    public async Task The_token_written_into_the_file_replaces_the_old_one_while_the_service_runs()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dataDir = new TempDirectory();
        var file = Path.Combine(dataDir.Path, "access-token");
        await File.WriteAllTextAsync(file, First + "\n", ct);
        await using var app = await ProbeService.StartAsync(new() { ["MCPacer:AccessTokenFile"] = file });
        var client = app.GetTestClient();
        Assert.Equal(HttpStatusCode.OK, await ReadWithAsync(client, First, ct));

        await File.WriteAllTextAsync(file + ".tmp", Second, ct);
        File.Move(file + ".tmp", file, overwrite: true);

        var until = DateTime.UtcNow.AddSeconds(10);
        while (await ReadWithAsync(client, Second, ct) != HttpStatusCode.OK)
        {
            Assert.True(DateTime.UtcNow < until, "the service did not take the new token from the file within 10 s");
            await Task.Delay(200, ct);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await ReadWithAsync(client, First, ct));
    }

    static async Task<HttpStatusCode> ReadWithAsync(HttpClient client, string token, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/read");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request, ct);
        return response.StatusCode;
    }
}
