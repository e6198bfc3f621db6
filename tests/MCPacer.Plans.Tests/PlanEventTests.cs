using System.Net.Http.Json;
using System.Text.Json;
using MCPacer.Contracts.Events;
using MCPacer.Contracts.Plans;
using MCPacer.Events;
using MCPacer.Testing;
using StackExchange.Redis;
using static MCPacer.Plans.Tests.HttpExtensions;

namespace MCPacer.Plans.Tests;

/// <summary>Every change to a plan, through the API or by hand in the file (seen by the folder watcher, no read needed), is announced on Redis.</summary>
public sealed class PlanEventTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task Creating_editing_hand_editing_and_deleting_a_plan_each_publish_plan_changed()
    {
        redis.Require();
        using var host = new PlansHost(redis);
        host.WritePlan(SamplePlans.Sub3Id, SamplePlans.Sub3);
        await using var listener = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var events = await listener.GetSubscriber().SubscribeAsync(RedisEventBus.ChannelOf<PlanChanged>());
        using var client = host.CreateAuthorizedClient();

        await client.GetAsync("/api/plans/sub3-spring", Ct);
        var edit = await client.SendJsonAsync(HttpMethod.Put, "/api/plans/sub3-spring/weeks/1", new WeekUpdate(WeeklyFocus: "Base+"));
        var updated = await NextAsync(events);
        host.WritePlan(SamplePlans.Sub3Id, SamplePlans.Sub3);
        var handEdited = await NextAsync(events);
        await client.PostAsJsonAsync("/api/plans", new CreatePlanRequest("Autumn 10k", new DateOnly(2026, 10, 4), 6, RaceType: "10k"), Ct);
        var created = await NextAsync(events);
        await client.DeleteAsync("/api/plans/autumn-10k", Ct);
        var deleted = await NextAsync(events);

        Assert.Equal((SamplePlans.Sub3Id, PlanChanged.Updated, edit.Headers.ETag!.Tag.Trim('"')), (updated.PlanId, updated.Change, updated.Revision));
        Assert.Equal((SamplePlans.Sub3Id, PlanChanged.EditedOnDisk), (handEdited.PlanId, handEdited.Change));
        Assert.Equal(("autumn-10k", PlanChanged.Created), (created.PlanId, created.Change));
        Assert.Equal(("autumn-10k", PlanChanged.Deleted, (string?)null), (deleted.PlanId, deleted.Change, deleted.Revision));
        Assert.Equal(PlansHost.DefaultNow, deleted.At);
    }

    static async Task<PlanChanged> NextAsync(ChannelMessageQueue events)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var message = await events.ReadAsync(timeout.Token);
        return JsonSerializer.Deserialize<PlanChanged>(message.Message.ToString(), JsonSerializerOptions.Web)!;
    }
}
