using MCPacer.Contracts.Events;
using MCPacer.Contracts.Strava;
using MCPacer.Contracts.StravaApi;
using MCPacer.Events;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace MCPacer.Strava.Auth;

/// <summary>The connect, callback, status and disconnect steps of Strava's OAuth flow.</summary>
internal sealed partial class StravaConnector(
    SecretStore secrets,
    StravaOAuthClient oauth,
    StravaTokenManager tokens,
    IEventBus events,
    Sync.SyncTrigger sync,
    TimeProvider clock,
    IOptions<StravaOptions> options,
    ILogger<StravaConnector> logger)
{
    /// <summary>Without these the sync cannot work, so a grant lacking one is refused.</summary>
    static readonly string[] RequiredScopes = [StravaScopes.Read, StravaScopes.ActivityReadAll];

    /// <summary>Requested too; without it the coach cannot post feedback, everything else works.</summary>
    static readonly string[] WantedScopes = [StravaScopes.Read, StravaScopes.ActivityReadAll, StravaScopes.ActivityWrite];

    public Task SaveCredentialsAsync(StravaAppCredentials credentials, CancellationToken cancellationToken) =>
        secrets.SaveCredentialsAsync(credentials, cancellationToken);

    /// <summary>Who opens the authorization page: the runner's browser, or this service (connecting the demo athlete).</summary>
    public enum OpenedBy { Browser, Service }

    public async Task<Uri> AuthorizeUrlAsync(Uri redirectUri, string state, OpenedBy openedBy, CancellationToken cancellationToken)
    {
        var app = await secrets.ReadCredentialsAsync(cancellationToken)
            ?? throw new StravaNotConnectedException("Enter your Strava API app's Client ID and Secret before connecting.");
        var strava = openedBy == OpenedBy.Browser ? options.Value.EffectiveAuthorizeBaseUrl : options.Value.EffectiveBaseUrl;
        var url = QueryHelpers.AddQueryString(new Uri(strava, "/oauth/authorize").ToString(),
            new Dictionary<string, string?>
            {
                ["client_id"] = app.ClientId,
                ["redirect_uri"] = redirectUri.ToString(),
                ["response_type"] = "code",
                ["approval_prompt"] = "auto",
                ["scope"] = StravaScopes.Requested,
                ["state"] = state,
            });
        return new Uri(url);
    }

    /// <summary>
    /// Exchanges the callback's code. Returns the problem to show the runner when a required scope was
    /// unticked (nothing is stored then), else null.
    /// </summary>
    public async Task<string?> CompleteAsync(string code, string? grantedScope, CancellationToken cancellationToken)
    {
        var granted = StravaScopes.Parse(grantedScope);
        var missing = RequiredScopes.Where(s => !granted.Contains(s)).ToList();
        if (missing.Count > 0)
        {
            return MissingScopeMessage(missing);
        }

        var app = await secrets.ReadCredentialsAsync(cancellationToken)
            ?? throw new StravaNotConnectedException("The Strava app credentials are missing: enter the Client ID and Secret again.");
        var grant = await oauth.ExchangeCodeAsync(app, code, cancellationToken);
        await tokens.StoreGrantAsync(grant, granted, cancellationToken);
        if (options.Value.AutoSync)
        {
            await sync.TriggerNowAsync(cancellationToken);
        }

        return null;
    }

    public async Task<StravaConnectionStatus> StatusAsync(CancellationToken cancellationToken)
    {
        var app = await secrets.ReadCredentialsAsync(cancellationToken);
        var grant = await secrets.ReadTokensAsync(cancellationToken);
        var demo = options.Value.Demo;
        if (grant is null)
        {
            return new StravaConnectionStatus(app is not null, false, false, null, null, [], [], demo,
                app is null ? "Enter your Strava API app's Client ID and Secret, then connect." : "Strava is not connected: connect to sync your runs.");
        }

        var missing = WantedScopes.Where(s => !grant.Scopes.Contains(s)).ToList();
        var message = grant.NeedsReconnect ? StravaTokenManager.ReconnectMessage
            : missing.Count > 0 ? $"Connected as {grant.AthleteName}. {MissingScopeMessage(missing)}"
            : $"Connected as {grant.AthleteName}.";
        return new StravaConnectionStatus(app is not null, !grant.NeedsReconnect, grant.NeedsReconnect, grant.AthleteName, grant.AthleteId,
            grant.Scopes, missing, demo, message);
    }

    /// <summary>Revokes the grant on Strava (when Strava can be reached) and deletes the tokens here in any case.</summary>
    public async Task DisconnectAsync(CancellationToken cancellationToken)
    {
        var grant = await secrets.ReadTokensAsync(cancellationToken);
        if (grant is null)
        {
            return;
        }

        try
        {
            await oauth.DeauthorizeAsync(grant.AccessToken, cancellationToken);
        }
        catch (StravaUnavailableException e)
        {
            LogDeauthorizeFailed(e);
        }

        await secrets.DeleteTokensAsync(cancellationToken);
        LogDisconnected(grant.AthleteId);
        await events.PublishAsync(new StravaConnectionChanged(StravaConnectionChanged.Disconnected, grant.AthleteName, clock.GetUtcNow()), cancellationToken);
    }

    static string MissingScopeMessage(IReadOnlyList<string> missing) =>
        $"Strava did not grant {string.Join(" and ", missing.Select(s => $"'{s}'"))}: "
        + (missing.Contains(StravaScopes.ActivityWrite) && missing.Count == 1
            ? "the coach cannot post feedback to your activities. Connect again and leave that box ticked."
            : "connect again and leave every box ticked on Strava's page.");

    [LoggerMessage(LogLevel.Warning, "Strava could not be reached to revoke the grant; the tokens are deleted here anyway")]
    partial void LogDeauthorizeFailed(Exception exception);

    [LoggerMessage(LogLevel.Information, "Strava disconnected for athlete {AthleteId}")]
    partial void LogDisconnected(long athleteId);
}
