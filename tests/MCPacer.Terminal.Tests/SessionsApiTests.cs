using System.Net;
using System.Net.Http.Json;
using MCPacer.Contracts.Terminal;
using MCPacer.Testing;
using Microsoft.AspNetCore.Mvc;

namespace MCPacer.Terminal.Tests;

public sealed class SessionsApiTests(TerminalHost service) : IClassFixture<TerminalHost>
{
    [Fact]
    public async Task Every_endpoint_has_its_own_operation_id() =>
        Assert.Empty(await OpenApiDocument.OperationsWithoutUniqueIdAsync(service.CreateAuthorizedClient(), TestContext.Current.CancellationToken));

    [Fact]
    public async Task Starting_a_session_lists_it_with_its_profile_size_and_process()
    {
        var started = await service.StartAsync("shell", cols: 120, rows: 40);

        var listed = Assert.Single(await service.ListAsync(), s => s.Id == started.Id);

        Assert.Equal(("shell", 120, 40, null), (listed.Profile, listed.Cols, listed.Rows, listed.ExitCode));
        Assert.True(Directory.Exists($"/proc/{listed.ProcessId}"));
        await service.CloseAsync(started.Id);
    }

    [Fact]
    public async Task An_unknown_profile_is_refused_with_400_naming_the_profile_and_starts_nothing()
    {
        var response = await service.CreateAuthorizedClient().PostAsJsonAsync("/terminal/sessions",
            new StartTerminalSession("rm -rf /"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(TestContext.Current.CancellationToken);
        Assert.Contains("shell", Assert.Single(problem!.Errors["profile"]));
        Assert.Empty(await service.ListAsync());
    }

    [Fact]
    public async Task A_size_out_of_range_is_refused_with_400()
    {
        var response = await service.CreateAuthorizedClient().PostAsJsonAsync("/terminal/sessions",
            new StartTerminalSession("shell", 0, 24), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await service.ListAsync());
    }

    [Fact]
    public async Task Closing_or_resizing_an_unknown_session_returns_404()
    {
        var client = service.CreateAuthorizedClient();

        var closed = await client.DeleteAsync("/terminal/sessions/nope", TestContext.Current.CancellationToken);
        var resized = await client.PostAsJsonAsync("/terminal/sessions/nope/resize", new TerminalSize(80, 24), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, closed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, resized.StatusCode);
    }

    [Fact]
    public async Task Starting_beyond_the_session_limit_returns_409()
    {
        using var limited = new TerminalHost(settings => settings["Terminal:MaxSessions"] = "1");
        var first = await limited.StartAsync("shell");

        var response = await limited.CreateAuthorizedClient().PostAsJsonAsync("/terminal/sessions",
            new StartTerminalSession("shell"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Single(await limited.ListAsync());
        await limited.CloseAsync(first.Id);
    }

    [Fact]
    public async Task A_session_nobody_uses_expires_and_its_processes_end()
    {
        using var expiring = new TerminalHost(settings => settings["Terminal:IdleTimeout"] = "00:00:01");
        var session = await expiring.StartAsync("shell");

        // The session leaves the list when it is closed; its shell exits a moment later, once it has had its hangup.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (((await expiring.ListAsync()).Length > 0 || ProcFs.SessionMembers(session.ProcessId).Any()) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        Assert.Empty(await expiring.ListAsync());
        Assert.Empty(ProcFs.SessionMembers(session.ProcessId));
    }
}
