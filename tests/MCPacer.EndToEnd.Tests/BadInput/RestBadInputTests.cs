using System.Text;
using System.Text.Json;
using MCPacer.Testing;

namespace MCPacer.EndToEnd.Tests.BadInput;

/// <summary>
/// The REST half of the bad-input corpus (rest.json): each request goes through the gateway with the access token and
/// the gateway's own Origin, as the dashboard sends it, so that it reaches the service's validation.
/// </summary>
[Collection(BadInputCollection.Name)]
public sealed class RestBadInputTests(BadInputStack fixture)
{
    static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(20);

    public static TheoryData<string> Cases => [.. BadInputCorpus.Rest.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_request_is_a_4xx_problem_saying_what_is_wrong_and_changes_no_file(string name)
    {
        fixture.Stack.Require();
        var bad = BadInputCorpus.Rest.Single(c => c.Name == name);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(CaseTimeout);
        var before = fixture.DataSnapshot();

        using var request = new HttpRequestMessage(new HttpMethod(bad.Method), BadInputCorpus.Expand(bad.Path, fixture.Names));
        request.Headers.Add("Origin", fixture.Stack.GatewayUrl.GetLeftPart(UriPartial.Authority));
        foreach (var (header, value) in bad.Headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(header, value);
        }

        if ((bad.Raw ?? bad.Json?.GetRawText()) is { } body)
        {
            request.Content = new StringContent(BadInputCorpus.Expand(body, fixture.Names), Encoding.UTF8);
            request.Content.Headers.ContentType = new(bad.ContentType ?? "application/json");
        }

        using var gateway = fixture.Stack.Gateway();
        using var response = await gateway.SendAsync(request, timeout.Token);
        var answer = await response.Content.ReadAsStringAsync(timeout.Token);

        Assert.True(bad.Status == (int)response.StatusCode, $"{bad.Method} {bad.Path}: expected {bad.Status}, got {(int)response.StatusCode}: {answer}");
        Assert.Equal(bad.Status, ProblemStatus(answer));
        Assert.True(answer.Contains(bad.Says, StringComparison.OrdinalIgnoreCase), $"{bad.Method} {bad.Path}: expected \"{bad.Says}\" in: {answer}");
        BadInputCorpus.AssertNoInternals(answer);
        Assert.Empty(FolderSnapshot.Changes(before, fixture.DataSnapshot()));
    }

    /// <summary>The status a problem details body states (application/problem+json or, from a typed result, application/json).</summary>
    static int? ProblemStatus(string body)
    {
        using var problem = JsonDocument.Parse(body);
        return problem.RootElement.TryGetProperty("title", out _) && problem.RootElement.TryGetProperty("status", out var status)
            ? status.GetInt32()
            : null;
    }
}
