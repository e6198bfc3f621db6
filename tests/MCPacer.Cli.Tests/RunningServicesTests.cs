extern alias coach;
extern alias plans;

using System.Net.Http.Json;
using System.Text.Json;
using MCPacer.Contracts.Coach;
using MCPacer.Contracts.Events;
using MCPacer.Contracts.Plans;
using MCPacer.Events;
using MCPacer.Storage;
using MCPacer.Testing;
using StackExchange.Redis;

namespace MCPacer.Cli.Tests;

/// <summary>The plans and coach services already running on the data folder the import writes into: they serve what it brings at once.</summary>
public sealed class RunningServicesTests(RedisServer redis) : IClassFixture<RedisServer>
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Running_plans_and_coach_services_serve_the_imported_files_without_a_restart()
    {
        redis.Require();
        using var original = new FakeOriginal();
        using var data = new TempDirectory();
        await using var plansService = Service<plans::Program>(data.Path);
        await using var coachService = Service<coach::Program>(data.Path);
        using var plansApi = plansService.CreateAuthorizedClient();
        using var coachApi = coachService.CreateAuthorizedClient();
        var plansBefore = await plansApi.GetFromJsonAsync<PlanSummary[]>("/api/plans", Ct);
        var memoryBefore = await coachApi.GetFromJsonAsync<CoachMemory>("/api/coach/memory", Ct);
        var preferredBefore = await coachApi.GetFromJsonAsync<Persona>("/api/coach/personas/preferred", Ct);
        await using var redisClient = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var planEvents = await redisClient.GetSubscriber().SubscribeAsync(RedisEventBus.ChannelOf<PlanChanged>());

        var (exit, _, _) = await McpacerCli.RunAsync(["import-original", original.Path, "--data-dir", data.Path]);

        var announced = await NextAsync(planEvents);
        var plansAfter = await plansApi.GetFromJsonAsync<PlanSummary[]>("/api/plans", Ct);
        var planYaml = await plansApi.GetStringAsync("/api/plans/sub3-spring/yaml", Ct);
        var memoryAfter = await coachApi.GetFromJsonAsync<CoachMemory>("/api/coach/memory", Ct);
        var preferredAfter = await coachApi.GetFromJsonAsync<Persona>("/api/coach/personas/preferred", Ct);
        var personas = await coachApi.GetFromJsonAsync<PersonaSummary[]>("/api/coach/personas", Ct);
        var log = await coachApi.GetFromJsonAsync<SessionLog>("/api/coach/sessions/2026-03-04", Ct);
        var archived = await coachApi.GetFromJsonAsync<SessionLog>("/api/coach/sessions/archive/2026-02-20", Ct);

        Assert.Equal(0, exit);
        Assert.Empty(plansBefore!);
        Assert.False(memoryBefore!.Exists);
        Assert.Equal("coach", preferredBefore!.Name);
        Assert.Equal(("sub3-spring", PlanChanged.EditedOnDisk), (announced.PlanId, announced.Change));
        var plan = Assert.Single(plansAfter!);
        Assert.Equal(("sub3-spring", "Sub-3 Marathon Build"), (plan.Id, plan.PlanName));
        Assert.Equal(File.ReadAllText(original.FilePath(FakeOriginal.PlanFile)), planYaml);
        Assert.All(memoryAfter!.Sections, s => Assert.Equal(FakeOriginal.Sections[s.Key], s.Content));
        Assert.Equal("david", preferredAfter!.Name);
        Assert.Contains(personas!, p => p is { Name: "sergeant", Source: PersonaSource.User });
        Assert.Contains(personas!, p => p is { Name: "kim", Source: PersonaSource.Default });
        Assert.Contains("Groin better after the Copenhagen planks.", log!.Content);
        Assert.True(archived!.Archived);
    }

    ServiceFactory<TProgram> Service<TProgram>(string dataDir) where TProgram : class
    {
        var service = new ServiceFactory<TProgram>(redis);
        service.Settings[DataRoot.ConfigurationKey] = dataDir;
        service.Settings["Logging:LogLevel:Default"] = "Warning";
        return service;
    }

    static async Task<PlanChanged> NextAsync(ChannelMessageQueue events)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var message = await events.ReadAsync(timeout.Token);
        return JsonSerializer.Deserialize<PlanChanged>(message.Message.ToString(), JsonSerializerOptions.Web)!;
    }
}
