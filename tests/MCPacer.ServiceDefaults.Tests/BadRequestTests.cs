using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MCPacer.Contracts;
using MCPacer.Testing;
using Microsoft.AspNetCore.TestHost;

namespace MCPacer.ServiceDefaults.Tests;

public sealed class BadRequestTests
{
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("..%2F..%2Faccess-token")]
    [InlineData("a.b")]
    public async Task A_path_like_id_is_a_400_naming_the_parameter_and_the_rule(string id)
    {
        await using var app = await ProbeService.StartAsync();
        using var client = Authorized(app);

        using var response = await client.GetAsync($"/plans/{id}", Ct);
        var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("planId", problem.Detail);
        Assert.Contains(Slug.Rule, problem.Detail);
    }

    [Theory]
    [InlineData("{\"date\": \"2026-13-40\", \"distanceKm\": 10}", "date")]
    [InlineData("{\"date\": \"2026-12-02\", \"distanceKm\": ", "")]
    public async Task An_unreadable_body_is_a_400_with_the_reader_message_not_a_500(string body, string named)
    {
        await using var app = await ProbeService.StartAsync();
        using var client = Authorized(app);

        using var response = await client.PostAsync("/runs", new StringContent(body, Encoding.UTF8, "application/json"), Ct);
        var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The request could not be read", problem.Title);
        Assert.Contains("JSON", problem.Detail);
        Assert.Contains(named, problem.Detail);
    }

    static HttpClient Authorized(Microsoft.AspNetCore.Builder.WebApplication app)
    {
        var client = app.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ServiceFactory<object>.AccessToken);
        return client;
    }

    static async Task<(string Title, string Detail)> ProblemAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return (json.RootElement.GetProperty("title").GetString() ?? "", json.RootElement.GetProperty("detail").GetString() ?? "");
    }
}
