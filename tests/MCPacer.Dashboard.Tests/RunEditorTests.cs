using System.Net;
using System.Net.Http.Json;
using Bunit;
using MCPacer.Clients;
using MCPacer.Contracts.Plans;
using MCPacer.Dashboard.Components;
using MCPacer.Dashboard.Preferences;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace MCPacer.Dashboard.Tests;

/// <summary>The week view's run editor: checked against the plan's limits before sending, saved against the plan's revision.</summary>
public sealed class RunEditorTests : DashboardContext
{
    static readonly DateOnly Tuesday = new(2027, 3, 2);

    readonly List<HttpRequestMessage> _sent = [];
    readonly List<string> _bodies = [];
    Func<HttpRequestMessage, HttpResponseMessage> _answer = _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = JsonContent.Create(Plan(Run(12.5), "r2")) };

    public RunEditorTests()
    {
        Services.AddSingleton(new PlansClient(new HttpClient(new PlansStub(this)) { BaseAddress = new Uri("http://plans") }, NullLogger<PlansClient>.Instance));
    }

    static PlannedRun Run(double km) => new(Tuesday, 0, "Tuesday", RunTypes.Easy, km, "5:30", null, null, null);

    static TrainingPlan Plan(PlannedRun run, string revision) => new("spring-marathon", revision, "Spring marathon", null, new DateOnly(2027, 3, 1), null,
        [new PlanWeek(1, new DateOnly(2027, 3, 1), null, "base", [], [run])], false, []);

    IRenderedComponent<RunEditor> RenderEditor(DistanceUnit units, Action closed) => Render<RunEditor>(p => p
        .Add(c => c.PlanId, "spring-marathon").Add(c => c.Run, Run(10)).Add(c => c.Revision, "r1").Add(c => c.Units, units)
        .Add(c => c.OnClosed, closed));

    [Fact]
    public void A_pace_not_written_as_minutes_and_seconds_is_refused_before_anything_is_sent()
    {
        var closed = false;
        var editor = RenderEditor(DistanceUnit.Kilometres, () => closed = true);

        editor.Find("input[name='Pace']").Change("fast");
        editor.Find("form").Submit();

        Assert.Contains("Write the pace as minutes:seconds per km", editor.Markup);
        Assert.Empty(_sent);
        Assert.False(closed);
    }

    [Fact]
    public void A_distance_in_miles_is_saved_in_km_against_the_revision_it_was_read_at()
    {
        var closed = false;
        var editor = RenderEditor(DistanceUnit.Miles, () => closed = true);

        editor.Find("input[name='Distance']").Change("5");
        editor.Find("form").Submit();

        editor.WaitForAssertion(() => Assert.True(closed));
        var put = Assert.Single(_sent);
        Assert.Equal(HttpMethod.Put, put.Method);
        Assert.Equal("/api/plans/spring-marathon/runs/2027-03-02", put.RequestUri!.AbsolutePath);
        Assert.Equal("\"r1\"", put.Headers.IfMatch.Single().Tag);
        Assert.Contains("\"distance_km\":8.05", _bodies[0]);
    }

    [Fact]
    public void A_save_after_someone_else_s_edit_keeps_what_was_typed_and_says_what_the_run_is_now()
    {
        _answer = request => request.Method == HttpMethod.Put
            ? new HttpResponseMessage(HttpStatusCode.Conflict) { Content = JsonContent.Create(new { title = "Stale revision", status = 409, detail = "The plan changed." }) }
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = JsonContent.Create(Plan(Run(16), "r3")) };
        var closed = false;
        var editor = RenderEditor(DistanceUnit.Kilometres, () => closed = true);

        editor.Find("input[name='Distance']").Change("12");
        editor.Find("form").Submit();

        editor.WaitForAssertion(() => Assert.Contains("the run is now Easy 16.0 km", editor.Find("[data-testid='run-conflict']").TextContent));
        Assert.False(closed);
        Assert.Equal("12", editor.Find("input[name='Distance']").GetAttribute("value"));
    }

    sealed class PlansStub(RunEditorTests test) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            test._sent.Add(request);
            test._bodies.Add(request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken));
            return test._answer(request);
        }
    }
}
