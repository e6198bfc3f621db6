using System.Net.Http.Headers;
using MCPacer.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MCPacer.Testing;

/// <summary>
/// One service in-process over real HTTP (TestServer), with its own temp data root, a known access
/// token and, when given, a real Redis. Extra settings go through <see cref="Settings"/>.
/// </summary>
public class ServiceFactory<TProgram>(RedisServer? redis = null) : WebApplicationFactory<TProgram>
    where TProgram : class
{
    public const string AccessToken = "test-access-token-0123456789";

    public TempDirectory DataDir { get; } = new();

    public Dictionary<string, string?> Settings { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("MCPacer:AccessToken", AccessToken);
        builder.UseSetting(DataRoot.ConfigurationKey, DataDir.Path);
        builder.UseSetting("ConnectionStrings:redis",
            redis is { IsRunning: true } ? redis.ConnectionString : "127.0.0.1:1,abortConnect=false,connectTimeout=200");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A client that presents the access token, as the gateway would forward it.</summary>
    public HttpClient CreateAuthorizedClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AccessToken);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            DataDir.Dispose();
        }
    }
}
