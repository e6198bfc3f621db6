using MCPacer.Contracts.Events;
using MCPacer.Contracts.Strava;
using MCPacer.Contracts.StravaApi;
using MCPacer.Events;
using Microsoft.Extensions.Options;

namespace MCPacer.Strava.Auth;

/// <summary>
/// Hands out a valid access token. A refresh happens before expiry, at most one at a time: callers that
/// arrive during a refresh wait for it and share its result. The rotated refresh token is on disk before
/// the new access token is handed to anyone, so a crash can never lose the only working refresh token.
/// </summary>
internal sealed partial class StravaTokenManager(
    SecretStore secrets,
    StravaOAuthClient oauth,
    IEventBus events,
    TimeProvider clock,
    IOptions<StravaOptions> options,
    ILogger<StravaTokenManager> logger)
{
    public const string ReconnectMessage = "Reconnect Strava: it no longer accepts MCPacer's authorization (revoked or expired).";

    readonly SemaphoreSlim _refreshGate = new(1, 1);

    public async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var tokens = await CurrentAsync(cancellationToken);
        return IsFresh(tokens) ? tokens.AccessToken : await RefreshAsync(tokens.AccessToken, cancellationToken);
    }

    /// <summary>Strava answered 401 to <paramref name="rejected"/>: refresh once (unless someone already did).</summary>
    public Task<string> RefreshAfterUnauthorizedAsync(string rejected, CancellationToken cancellationToken) =>
        RefreshAsync(rejected, cancellationToken);

    /// <summary>Strava still refuses a freshly refreshed token: the grant is gone.</summary>
    public async Task MarkNeedsReconnectAsync(CancellationToken cancellationToken)
    {
        var tokens = await secrets.ReadTokensAsync(cancellationToken);
        if (tokens is { NeedsReconnect: false })
        {
            await secrets.SaveTokensAsync(tokens with { NeedsReconnect = true }, cancellationToken);
            LogNeedsReconnect(tokens.AthleteId);
            await PublishAsync(StravaConnectionChanged.NeedsReconnect, tokens.AthleteName, cancellationToken);
        }
    }

    /// <summary>Stores a fresh grant from the authorization-code exchange.</summary>
    public async Task<StravaTokens> StoreGrantAsync(TokenResponse grant, IReadOnlySet<string> scopes, CancellationToken cancellationToken)
    {
        var athlete = grant.Athlete;
        var tokens = new StravaTokens(
            grant.AccessToken,
            grant.RefreshToken,
            DateTimeOffset.FromUnixTimeSeconds(grant.ExpiresAt),
            [.. scopes.Order(StringComparer.Ordinal)],
            athlete?.Id ?? 0,
            athlete is null ? "" : $"{athlete.Firstname} {athlete.Lastname}".Trim());

        await _refreshGate.WaitAsync(cancellationToken);
        try
        {
            await secrets.SaveTokensAsync(tokens, cancellationToken);
        }
        finally
        {
            _refreshGate.Release();
        }

        LogConnected(tokens.AthleteId, string.Join(',', tokens.Scopes));
        await PublishAsync(StravaConnectionChanged.Connected, tokens.AthleteName, cancellationToken);
        return tokens;
    }

    async Task<StravaTokens> CurrentAsync(CancellationToken cancellationToken)
    {
        var tokens = await secrets.ReadTokensAsync(cancellationToken)
            ?? throw new StravaNotConnectedException("Strava is not connected: enter your Strava API app's Client ID and Secret, then connect.");
        return tokens.NeedsReconnect ? throw new StravaReconnectRequiredException(ReconnectMessage) : tokens;
    }

    bool IsFresh(StravaTokens tokens) => clock.GetUtcNow() < tokens.ExpiresAt - options.Value.RefreshMargin;

    async Task<string> RefreshAsync(string stale, CancellationToken cancellationToken)
    {
        await _refreshGate.WaitAsync(cancellationToken);
        try
        {
            // Someone refreshed while this caller waited: share their token (as long as it has not expired outright).
            var tokens = await CurrentAsync(cancellationToken);
            if (tokens.AccessToken != stale && clock.GetUtcNow() < tokens.ExpiresAt)
            {
                return tokens.AccessToken;
            }

            var app = await secrets.ReadCredentialsAsync(cancellationToken)
                ?? throw new StravaNotConnectedException("The Strava app credentials are missing: enter the Client ID and Secret again.");

            TokenResponse refreshed;
            try
            {
                refreshed = await oauth.RefreshAsync(app, tokens.RefreshToken, cancellationToken);
            }
            catch (StravaGrantRejectedException)
            {
                await secrets.SaveTokensAsync(tokens with { NeedsReconnect = true }, cancellationToken);
                LogNeedsReconnect(tokens.AthleteId);
                await PublishAsync(StravaConnectionChanged.NeedsReconnect, tokens.AthleteName, cancellationToken);
                throw new StravaReconnectRequiredException(ReconnectMessage);
            }

            var rotated = tokens with
            {
                AccessToken = refreshed.AccessToken,
                RefreshToken = refreshed.RefreshToken,
                ExpiresAt = DateTimeOffset.FromUnixTimeSeconds(refreshed.ExpiresAt),
            };
            await secrets.SaveTokensAsync(rotated, cancellationToken);
            LogRefreshed(tokens.AthleteId, rotated.ExpiresAt);
            await PublishAsync(StravaConnectionChanged.Refreshed, tokens.AthleteName, cancellationToken);
            return rotated.AccessToken;
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    Task PublishAsync(string state, string? athleteName, CancellationToken cancellationToken) =>
        events.PublishAsync(new StravaConnectionChanged(state, athleteName, clock.GetUtcNow()), cancellationToken);

    [LoggerMessage(LogLevel.Information, "Strava connected for athlete {AthleteId} with scopes {Scopes}")]
    partial void LogConnected(long athleteId, string scopes);

    [LoggerMessage(LogLevel.Information, "Strava access token refreshed for athlete {AthleteId}, valid until {ExpiresAt}")]
    partial void LogRefreshed(long athleteId, DateTimeOffset expiresAt);

    [LoggerMessage(LogLevel.Warning, "Strava refused the grant of athlete {AthleteId}; the runner has to reconnect")]
    partial void LogNeedsReconnect(long athleteId);
}
