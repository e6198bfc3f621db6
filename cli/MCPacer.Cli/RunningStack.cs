using System.Net.Http.Headers;
using System.Text.Json;
using MCPacer.Clients;
using MCPacer.Contracts.Stack;
using Microsoft.Extensions.Logging.Abstractions;

namespace MCPacer.Cli;

/// <summary>
/// The stack the AppHost left its traces of in the data directory: the access token and resources.json, which
/// names the gateway's address. Every call goes through that gateway with the token, as any client's would.
/// </summary>
internal sealed class RunningStack
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    RunningStack(string dataDir, string token, ResourceStates states, Uri gateway)
    {
        DataDir = dataDir;
        Token = token;
        States = states;
        Gateway = gateway;
    }

    public string DataDir { get; }

    public string Token { get; }

    public ResourceStates States { get; }

    public Uri Gateway { get; }

    /// <summary>Reads the stack's files; <see cref="StackNotRunningException"/> when they are missing or unreadable.</summary>
    public static RunningStack Find(string? dataDirOption)
    {
        var dataDir = DataDirectory.Resolve(dataDirOption, Environment.GetEnvironmentVariable);
        var tokenPath = Path.Combine(dataDir, DataDirectory.AccessTokenFile);
        var statesPath = Path.Combine(dataDir, DataDirectory.ResourcesFile);
        if (!File.Exists(tokenPath) || !File.Exists(statesPath))
        {
            throw new StackNotRunningException(dataDir);
        }

        ResourceStates? states;
        try
        {
            states = JsonSerializer.Deserialize<ResourceStates>(File.ReadAllText(statesPath), Json);
        }
        catch (JsonException)
        {
            states = null;
        }

        var gateway = states?.Resources.FirstOrDefault(r => r.Name == "gateway")?.Url;
        if (states is null || !Uri.TryCreate(gateway, UriKind.Absolute, out var gatewayUrl))
        {
            throw new StackNotRunningException(dataDir);
        }

        return new RunningStack(dataDir, File.ReadAllText(tokenPath).Trim(), states, gatewayUrl);
    }

    /// <summary>An HTTP client of the gateway carrying the access token as a bearer header (never in a URL).</summary>
    public HttpClient CreateHttpClient(TimeSpan timeout)
    {
        var http = new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(5) })
        {
            BaseAddress = Gateway,
            Timeout = timeout,
        };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return http;
    }

    /// <summary>Whether the gateway answers at all: a stale resources.json outlives a killed stack.</summary>
    public async Task<bool> GatewayAnswersAsync(CancellationToken ct)
    {
        using var http = CreateHttpClient(TimeSpan.FromSeconds(5));
        try
        {
            using var response = await http.GetAsync("/alive", ct);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            return false;
        }
    }

    /// <summary>The plans service's client through the gateway, once the gateway is known to answer.</summary>
    public async Task<PlansClient> ConnectPlansAsync(HttpClient http, CancellationToken ct) =>
        await GatewayAnswersAsync(ct)
            ? new PlansClient(http, NullLogger<PlansClient>.Instance)
            : throw new StackNotRunningException(DataDir);
}

internal sealed class StackNotRunningException(string dataDir)
    : Exception($"MCPacer is not running: start it with dotnet run --project MCPacer.AppHost (no running stack in {dataDir})");
