using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MCPacer.Clients;
using MCPacer.ServiceDefaults.Security;
using MCPacer.Storage;
using Microsoft.Extensions.Options;

namespace MCPacer.Terminal.Workspace;

/// <summary>
/// &lt;data&gt;/workspace, where the coach profile starts `claude`: its .mcp.json points Claude Code at the gateway's
/// /mcp with the access token, and .claude/skills/mcpacer/SKILL.md holds the coach service's session procedure.
/// Prepared again at every coach session start, so a changed token or procedure is picked up.
/// </summary>
internal sealed partial class CoachingWorkspace(
    DataRoot dataRoot,
    CoachClient coach,
    IOptions<TerminalOptions> terminal,
    IOptions<GatewayOptions> gateway,
    IOptionsMonitor<AccessTokenOptions> token,
    TimeProvider time,
    ILogger<CoachingWorkspace> logger)
{
    public const string ServerName = "mcpacer";
    const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    // Claude Code only loads a skill whose SKILL.md starts with this front matter.
    const string SkillFrontMatter = """
        ---
        name: mcpacer
        description: MCPacer's coaching session procedure. Use it whenever the runner asks about training, runs, plans or recovery; it says which mcpacer MCP tools to call and in what order.
        ---

        """;

    public async Task<string> PrepareAsync(CancellationToken cancellationToken)
    {
        var directory = dataRoot.ServiceDirectory("workspace");
        await WriteMcpConfigAsync(Path.Combine(directory, ".mcp.json"), cancellationToken);
        await WriteSkillAsync(Path.Combine(directory, ".claude", "skills", "mcpacer", "SKILL.md"), cancellationToken);
        return directory;
    }

    /// <summary>Sets mcpServers.mcpacer and keeps any other server the runner added; a file that is not JSON is left alone.</summary>
    async Task WriteMcpConfigAsync(string path, CancellationToken cancellationToken)
    {
        var config = new JsonObject();
        if (File.Exists(path))
        {
            try
            {
                config = JsonNode.Parse(await File.ReadAllTextAsync(path, cancellationToken)) as JsonObject ?? new JsonObject();
            }
            catch (JsonException error)
            {
                LogBadMcpConfig(logger, path, error.LineNumber + 1, error.Message);
                return;
            }
        }

        var servers = config["mcpServers"] as JsonObject ?? new JsonObject();
        config["mcpServers"] = servers;
        servers[ServerName] = new JsonObject
        {
            ["type"] = "http",
            ["url"] = gateway.Value.McpUrl.ToString(),
            ["headers"] = new JsonObject { ["Authorization"] = $"Bearer {token.CurrentValue.AccessToken}" },
        };

        var json = config.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        await AtomicFile.WriteAllBytesAsync(path, Encoding.UTF8.GetBytes(json), cancellationToken, OwnerOnly);
    }

    async Task WriteSkillAsync(string path, CancellationToken cancellationToken)
    {
        var answer = await BoundedCall.RunAsync(CoachClient.ServiceName, terminal.Value.CoachTimeout,
            token => coach.GetProcedureAsync(null, token), time, cancellationToken);
        if (answer.Value is not { } procedure)
        {
            LogCoachUnreachable(logger, answer.Missing);
            return;
        }

        var skill = procedure.TrimStart().StartsWith("---", StringComparison.Ordinal) ? procedure : SkillFrontMatter + procedure;
        await AtomicFile.WriteAllTextAsync(path, skill, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Path} line {Line} is not valid JSON ({Reason}); left as it is, so Claude Code may lack MCPacer's tools")]
    static partial void LogBadMcpConfig(ILogger logger, string path, long? line, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The coach service did not give its session procedure ({Reason}); the mcpacer skill is not written, retrying at the next coach session")]
    static partial void LogCoachUnreachable(ILogger logger, string? reason);
}
