using System.Net;
using System.Net.Http.Json;
using MCPacer.Contracts.Coach;
using MCPacer.Testing;

namespace MCPacer.Coach.Tests;

/// <summary>Every endpoint that takes a name, id or date from the request refuses path-like values with a 400 and writes nothing.</summary>
public sealed class PathTraversalTests(PathTraversalTests.SharedService shared)
    : IClassFixture<PathTraversalTests.SharedService>
{
    readonly CoachHost _coach = shared.Coach;
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> NameTakingEndpoints()
    {
        var data = new TheoryData<string, string>();
        // A bare ".." is resolved by the HTTP client before it is sent; these are the forms that reach the service.
        foreach (var evil in new[] { "..%2F..%2Fetc%2Fpasswd", "..%5C..%5Cwindows", "%2Fetc%2Fpasswd", "%2E%2E%2Fsecret", "a.md" })
        {
            data.Add("GET", $"/api/coach/personas/{evil}");
            data.Add("GET", $"/api/coach/procedure?persona={evil}");
            data.Add("GET", $"/api/coach/procedure/skill?persona={evil}");
            data.Add("GET", $"/api/coach/session-context?persona={evil}");
            data.Add("GET", $"/api/coach/memory/sections/{evil}");
            data.Add("PUT", $"/api/coach/memory/sections/{evil}");
            data.Add("GET", $"/api/coach/memory/versions/{evil}");
            data.Add("POST", $"/api/coach/memory/versions/{evil}/restore");
            data.Add("GET", $"/api/coach/sessions/{evil}");
            data.Add("GET", $"/api/coach/sessions/archive/{evil}");
            data.Add("PUT", $"/api/coach/bodymap/painted/{evil}");
            data.Add("DELETE", $"/api/coach/bodymap/painted/{evil}");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NameTakingEndpoints))]
    public async Task Path_like_names_are_refused_with_400_and_nothing_is_written(string method, string url)
    {
        var before = _coach.Snapshot();
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "PUT")
        {
            request.Content = url.Contains("bodymap", StringComparison.Ordinal)
                ? JsonContent.Create(new RegionPaint(Sensation.Pain, "x"))
                : JsonContent.Create(new ReplaceMemoryRequest("x"));
        }

        var response = await _coach.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, _coach.Snapshot());
    }

    [Fact]
    public async Task Body_map_ids_in_a_body_are_checked_too()
    {
        var response = await _coach.Client.PostAsJsonAsync("/api/coach/bodymap/highlights",
            new HighlightRegionsRequest([new HighlightRegionRequest("../../etc/passwd", "why not")]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(File.Exists(Path.Combine(_coach.CoachDir, "bodymap.json")));
    }

    /// <summary>One service for all cases: none of them may write anything, and each checks that against the disk.</summary>
    public sealed class SharedService : IDisposable
    {
        public SharedService(RedisServer redis)
        {
            Coach = new CoachHost(redis);
            Coach.WriteMemory("# Coach Memory\n\n## Athlete\n- Name: Sam\n");
        }

        public CoachHost Coach { get; }

        public void Dispose() => Coach.Dispose();
    }
}
