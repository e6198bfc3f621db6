using System.Net.Http.Json;
using MCPacer.Contracts.Terminal;
using MCPacer.Testing;

namespace MCPacer.Terminal.Tests;

/// <summary>The terminal service on its own Kestrel (real TCP, real WebSockets), with a few test profiles.</summary>
public sealed class TerminalHost : ServiceFactory<Program>
{
    public const string GatewayUrl = "http://gateway.test:8080";
    public const int SeqLines = 1_310_720; // "0000001\n" .. "1310720\n": exactly 10 MiB

    public TerminalHost() : this(null)
    {
    }

    internal TerminalHost(Action<Dictionary<string, string?>>? configure)
    {
        Settings["MCPacer:GatewayUrl"] = GatewayUrl;
        Settings["Terminal:KillGracePeriod"] = "00:00:01";
        Settings["Terminal:CoachTimeout"] = "00:00:01";
        Settings["Terminal:MaxSessions"] = "32";
        Settings["Terminal:Profiles:seq:Command"] = "seq";
        Settings["Terminal:Profiles:seq:Arguments:0"] = "-w";
        Settings["Terminal:Profiles:seq:Arguments:1"] = "1";
        Settings["Terminal:Profiles:seq:Arguments:2"] = SeqLines.ToString();
        Settings["Terminal:Profiles:yes:Command"] = "yes";
        // Neither this machine's shell start-up files (a .bashrc may wait on a lock) nor whether it has Claude Code may
        // change what the tests see.
        Settings["Terminal:Profiles:shell:Command"] = "/bin/bash";
        Settings["Terminal:Profiles:shell:Arguments:0"] = "--noprofile";
        Settings["Terminal:Profiles:shell:Arguments:1"] = "--norc";
        Settings["Terminal:Profiles:coach:Command"] = "claude-is-not-installed-here";
        Settings["services:coach:http:0"] = "http://127.0.0.1:1";
        configure?.Invoke(Settings);
        UseKestrel(0);
        StartServer();
        BaseAddress = CreateClient().BaseAddress!;
    }

    public Uri BaseAddress { get; }

    public string WorkspacePath => Path.Combine(DataDir.Path, "workspace");

    public Task<TerminalSocket> ConnectAsync(string query) =>
        TerminalSocket.ConnectAsync(BaseAddress, query, AccessToken, origin: null, TestContext.Current.CancellationToken);

    public async Task<TerminalSessionInfo> StartAsync(string profile, int? cols = null, int? rows = null)
    {
        var response = await CreateAuthorizedClient().PostAsJsonAsync("/terminal/sessions",
            new StartTerminalSession(profile, cols, rows), TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TerminalSessionInfo>(TestContext.Current.CancellationToken))!;
    }

    public async Task<TerminalSessionInfo[]> ListAsync() =>
        (await CreateAuthorizedClient().GetFromJsonAsync<TerminalSessionInfo[]>("/terminal/sessions", TestContext.Current.CancellationToken))!;

    public Task<HttpResponseMessage> CloseAsync(string id) =>
        CreateAuthorizedClient().DeleteAsync($"/terminal/sessions/{id}", TestContext.Current.CancellationToken);
}
