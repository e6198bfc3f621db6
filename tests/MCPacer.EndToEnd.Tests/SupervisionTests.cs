using System.Net;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using MCPacer.Testing;

namespace MCPacer.EndToEnd.Tests;

[Collection(StackCollection.Name)]
public sealed class SupervisionTests(StackFixture stack)
{
    CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Resources_json_lists_every_resource_running_and_healthy()
    {
        stack.Require();

        foreach (var name in StackFixture.Services)
        {
            // The file trails the notifications by up to a quarter of a second.
            var state = await stack.ResourceStateAsync(name);
            for (var i = 0; i < 40 && state.GetProperty("health").GetString() != "Healthy"; i++)
            {
                await Task.Delay(250, Ct);
                state = await stack.ResourceStateAsync(name);
            }

            Assert.Equal("Running", state.GetProperty("state").GetString());
            Assert.Equal("Healthy", state.GetProperty("health").GetString());
            Assert.True(state.GetProperty("pid").GetInt32() > 0, $"{name} has no pid");
        }
    }

    [Fact]
    public async Task A_service_killed_with_sigkill_is_restarted_and_healthy_again()
    {
        stack.Require();
        var before = await stack.ResourceStateAsync("coach");
        var servicePid = before.GetProperty("pid").GetInt32();
        Assert.Contains("MCPacer.Coach.dll", ProcessTree.CommandLine(servicePid));

        ProcessTree.Signal(servicePid, ProcessTree.SigKill);

        var deadline = DateTime.UtcNow.AddSeconds(60);
        HttpStatusCode? status = null;
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(250, Ct);
            var state = await stack.ResourceStateAsync("coach");
            if (state.GetProperty("restarts").GetInt32() < 1)
            {
                continue;
            }

            using var response = await stack.Gateway().GetAsync("/api/coach/status", Ct);
            status = response.StatusCode;
            if (status == HttpStatusCode.OK)
            {
                break;
            }
        }

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(ProcessTree.IsAlive(servicePid));
    }

    [Fact]
    public async Task A_stopped_service_answers_503_naming_it_and_comes_back_when_started()
    {
        stack.Require();
        var commands = stack.App.Services.GetRequiredService<ResourceCommandService>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));

        var stopped = await commands.ExecuteCommandAsync("plans", KnownResourceCommands.StopCommand, timeout.Token);
        Assert.True(stopped.Success, stopped.Message);
        await stack.App.ResourceNotifications.WaitForResourceAsync("plans", KnownResourceStates.TerminalStates, timeout.Token);
        using var down = await stack.Gateway().GetAsync("/api/plans/status", timeout.Token);
        var problem = await down.Content.ReadFromJsonAsync<JsonElement>(timeout.Token);

        var started = await commands.ExecuteCommandAsync("plans", KnownResourceCommands.StartCommand, timeout.Token);
        Assert.True(started.Success, started.Message);
        await stack.App.ResourceNotifications.WaitForResourceHealthyAsync("plans", timeout.Token);
        using var up = await stack.Gateway().GetAsync("/api/plans/status", timeout.Token);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Contains("plans service", problem.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, up.StatusCode);
    }

}
