using MCPacer.EndToEnd.Tests.Mcp;
using MCPacer.Testing;
using ModelContextProtocol;

namespace MCPacer.EndToEnd.Tests.BadInput;

/// <summary>
/// The MCP half of the bad-input corpus (mcp.json): each call goes through the gateway with the official C# MCP client
/// and must come back as a tool error the model can act on, never as a protocol error.
/// </summary>
[Collection(BadInputCollection.Name)]
public sealed class McpBadInputTests(BadInputStack fixture)
{
    static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(30);

    public static TheoryData<string> Cases => [.. BadInputCorpus.Mcp.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_tool_call_is_a_tool_error_saying_what_is_wrong_and_changes_no_file(string name)
    {
        fixture.Stack.Require();
        var bad = BadInputCorpus.Mcp.Single(c => c.Name == name);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(CaseTimeout);
        var client = await fixture.McpAsync(timeout.Token);
        var before = fixture.DataSnapshot();

        string message;
        try
        {
            message = await client.CallErrorAsync(bad.Tool,
                McpConnection.Arguments(BadInputCorpus.ExpandJson(bad.Arguments.GetRawText(), fixture.Names)), timeout.Token);
        }
        catch (McpException e)
        {
            throw new Xunit.Sdk.XunitException($"{bad.Tool} answered with a protocol error instead of a tool error: {e.Message}");
        }

        Assert.True(message.Contains(bad.Says, StringComparison.OrdinalIgnoreCase), $"{bad.Tool}: expected \"{bad.Says}\" in: {message}");
        BadInputCorpus.AssertNoInternals(message);
        Assert.Empty(FolderSnapshot.Changes(before, fixture.DataSnapshot()));
    }
}
