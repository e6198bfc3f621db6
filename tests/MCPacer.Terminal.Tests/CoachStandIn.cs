using MCPacer.Contracts.Coach;
using MCPacer.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace MCPacer.Terminal.Tests;

/// <summary>The two coach service routes the terminal calls, as the coach answers them: behind the access token.</summary>
public static class CoachStandIn
{
    public static async Task<WebApplication> StartAsync(string procedure, params string[] personas)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.Use((context, next) => context.Request.Headers.Authorization == $"Bearer {ServiceFactory<Program>.AccessToken}"
            ? next(context)
            : Results.Unauthorized().ExecuteAsync(context));
        app.MapGet("/api/coach/procedure", () => Results.Text(procedure, "text/markdown"));
        app.MapGet("/api/coach/personas", () => personas
            .Select(name => new PersonaSummary(name, $"{name} — a coach", PersonaSource.Default, name == personas[0])).ToArray());
        await app.StartAsync(TestContext.Current.CancellationToken);
        return app;
    }
}
