using System.Net.Http.Json;
using MCPacer.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MCPacer.Plans.Tests;

/// <summary>
/// The plans service over real HTTP, its clock fixed at <see cref="DefaultNow"/> in Europe/Berlin, plans as real
/// files. One host serves a test class; <see cref="Reset"/> gives each test an empty plans folder.
/// </summary>
public sealed class PlansHost : ServiceFactory<Program>
{
    public PlansHost() : this(null)
    {
    }

    internal PlansHost(RedisServer? redis) : base(redis)
    {
        Settings["MCPacer:TimeZone"] = "Europe/Berlin";
    }

    /// <summary>Wednesday 2026-04-15, 09:00 in Berlin: week 3 of <see cref="SamplePlans.Sub3"/>.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 4, 15, 7, 0, 0, TimeSpan.Zero);

    public FixedClock Clock { get; } = new(DefaultNow);

    /// <summary>No plans, no pin, no calendar token, the clock back at <see cref="DefaultNow"/>.</summary>
    public PlansHost Reset()
    {
        Clock.Now = DefaultNow;
        if (Directory.Exists(PlansDir))
        {
            foreach (var file in Directory.EnumerateFiles(PlansDir))
            {
                File.Delete(file);
            }
        }

        return this;
    }

    public string PlansDir => Path.Combine(DataDir.Path, "plans");

    public string PlanPath(string id) => Path.Combine(PlansDir, id + ".yaml");

    public void WritePlan(string id, string yaml)
    {
        Directory.CreateDirectory(PlansDir);
        File.WriteAllText(PlanPath(id), yaml);
    }

    public string ReadPlan(string id) => File.ReadAllText(PlanPath(id));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

static class HttpExtensions
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string url, object body,
        string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", $"\"{ifMatch}\"");
        }

        return await client.SendAsync(request, Ct);
    }
}
