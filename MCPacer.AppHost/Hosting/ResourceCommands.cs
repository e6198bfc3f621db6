using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;

namespace MCPacer.AppHost.Hosting;

/// <summary>The commands MCPacer adds to its resources in the Aspire dashboard (the ⋯ menu of a resource).</summary>
internal static class ResourceCommands
{
    public const string SyncNow = "sync-now";
    public const string ResetDemoData = "reset-demo-data";
    public const string OpenMCPacer = "open-mcpacer";
    public const string RotateAccessToken = "rotate-access-token";

    /// <summary>"Sync now": POST /api/strava/sync with the access token, as the dashboard's own button does.</summary>
    public static IResourceBuilder<ServiceResource> WithSyncNowCommand(
        this IResourceBuilder<ServiceResource> strava, MCPacerOptions options) =>
        strava.WithHttpCommand("/api/strava/sync", "Sync now", commandName: SyncNow, commandOptions: new HttpCommandOptions
        {
            Method = HttpMethod.Post,
            Description = "Fetch what is new on Strava now instead of at the next scheduled sync",
            IconName = "ArrowSync",
            IsHighlighted = true,
            PrepareRequest = context =>
            {
                context.Request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AccessTokenFile.Read(options.DataDir));
                return Task.CompletedTask;
            },
        });

    /// <summary>
    /// --demo only, "Reset demo data": the stand-in starts over with a freshly generated demo athlete, and strava
    /// forgets what it synced and its grant (its folder is emptied while it is stopped), so it connects and syncs anew.
    /// </summary>
    public static IResourceBuilder<ServiceResource> WithResetDemoDataCommand(
        this IResourceBuilder<ServiceResource> standIn, IResourceBuilder<ServiceResource> strava, MCPacerOptions options)
    {
        if (!options.Demo)
        {
            return standIn;
        }

        return standIn.WithCommand(ResetDemoData, "Reset demo data", async context =>
        {
            var commands = context.Services.GetRequiredService<ResourceCommandService>();
            var stopped = await commands.ExecuteCommandAsync(strava.Resource, KnownResourceCommands.StopCommand, context.CancellationToken);
            if (!stopped.Success)
            {
                return CommandResults.Failure($"strava did not stop: {stopped.Message}");
            }

            var folder = Path.Combine(options.DataDir, "strava");
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            var restarted = await commands.ExecuteCommandAsync(standIn.Resource, KnownResourceCommands.RestartCommand, context.CancellationToken);
            var started = await commands.ExecuteCommandAsync(strava.Resource, KnownResourceCommands.StartCommand, context.CancellationToken);
            return restarted.Success && started.Success
                ? CommandResults.Success("The demo athlete starts over; strava connects it again and syncs its year")
                : CommandResults.Failure($"the stand-in or strava did not start again: {restarted.Message ?? started.Message}");
        }, new CommandOptions
        {
            Description = "The stand-in starts over with a new demo athlete; strava forgets its synced activities and syncs again",
            ConfirmationMessage = "Forget every synced demo activity and start the demo athlete over?",
            IconName = "ArrowReset",
        });
    }

    /// <summary>
    /// "Open MCPacer": the gateway's address with the access token, as the ready line prints it, shown in a dialog to
    /// whoever is signed in to the Aspire dashboard (never logged).
    /// </summary>
    public static IResourceBuilder<ServiceResource> WithOpenCommand(
        this IResourceBuilder<ServiceResource> gateway, MCPacerOptions options) =>
        gateway.WithCommand(OpenMCPacer, "Open MCPacer", _ =>
        {
            var link = OpenLink(options, AccessTokenFile.Read(options.DataDir));
            return Task.FromResult(CommandResults.Success("MCPacer's address with the access token", link));
        }, new CommandOptions
        {
            Description = "The address that signs this browser in to MCPacer",
            IconName = "Open",
            IsHighlighted = true,
        });

    /// <summary>
    /// "Rotate access token": a new token that every service takes while running; the old one is refused from then on,
    /// so signed-in browsers and MCP clients given the old token need the new address (printed as a new ready line, and
    /// shown). A coaching terminal gets the new token in its workspace at its next session.
    /// </summary>
    public static IResourceBuilder<ServiceResource> WithRotateAccessTokenCommand(
        this IResourceBuilder<ServiceResource> gateway, MCPacerOptions options) =>
        gateway.WithCommand(RotateAccessToken, "Rotate access token", async context =>
        {
            var (token, refusing) = await new AccessTokenRotation(options).RotateAsync(context.CancellationToken);
            if (refusing.Length > 0)
            {
                return CommandResults.Failure(
                    $"A new token is in {AccessTokenFile.PathIn(options.DataDir)}, but {string.Join(", ", refusing)} still refused it after {AccessTokenRotation.Patience.TotalSeconds:0} s");
            }

            ReadyAnnouncer.Announce(options);
            return CommandResults.Success("A new access token: the old one no longer signs anyone in", OpenLink(options, token));
        }, new CommandOptions
        {
            Description = "A new access token for MCPacer; browsers and MCP clients with the old one must sign in again",
            ConfirmationMessage = "Sign out every browser and MCP client that uses the current access token?",
            IconName = "KeyReset",
        });

    public static string OpenAddress(int port, string token) => $"http://127.0.0.1:{port}/?token={token}";

    static CommandResultData OpenLink(MCPacerOptions options, string token) => new()
    {
        Value = $"[Open MCPacer]({OpenAddress(options.Port, token)})",
        Format = CommandResultFormat.Markdown,
        DisplayImmediately = true,
    };

    /// <summary>Each service's links named for what they are: its API (or MCPacer itself), its health, its OpenAPI document.</summary>
    public static IResourceBuilder<ServiceResource> WithNamedUrls(
        this IResourceBuilder<ServiceResource> service, string displayText, bool openApi = false) =>
        service.WithUrls(context =>
        {
            var api = context.Urls.FirstOrDefault(url => url.Endpoint?.EndpointName == ServiceResource.EndpointName);
            if (api is null)
            {
                return;
            }

            api.DisplayText = displayText;
            context.Urls.Add(new ResourceUrlAnnotation
            {
                Url = api.Url.TrimEnd('/') + ServiceResourceExtensions.HealthPath,
                DisplayText = "Health",
                Endpoint = api.Endpoint,
                DisplayLocation = UrlDisplayLocation.DetailsOnly,
            });
            if (openApi)
            {
                context.Urls.Add(new ResourceUrlAnnotation
                {
                    Url = api.Url.TrimEnd('/') + "/openapi/v1.json",
                    DisplayText = "OpenAPI document (needs the token)",
                    Endpoint = api.Endpoint,
                    DisplayLocation = UrlDisplayLocation.DetailsOnly,
                });
            }
        });
}
