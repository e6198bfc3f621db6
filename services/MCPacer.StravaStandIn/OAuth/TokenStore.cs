using System.Collections.Concurrent;
using System.Security.Cryptography;
using MCPacer.Contracts.StravaApi;
using Microsoft.Extensions.Options;

namespace MCPacer.StravaStandIn.OAuth;

/// <summary>
/// Authorization codes, access tokens and refresh tokens, in memory as Strava keeps them on its side.
/// Codes are single-use and live ten minutes. Refreshing while the access token has more than an hour left
/// returns the same pair, as Strava does; within the last hour it issues a new pair and the old refresh token
/// stops working (the old access token lives on until it expires). Deauthorizing kills every token of that grant.
/// </summary>
internal sealed class TokenStore(TimeProvider time, IOptions<StandInOptions> options)
{
    static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);
    static readonly TimeSpan RenewalWindow = TimeSpan.FromHours(1);

    readonly ConcurrentDictionary<string, (Grant Grant, DateTimeOffset ExpiresAt)> _codes = new();
    readonly ConcurrentDictionary<string, (Grant Grant, DateTimeOffset ExpiresAt)> _accessTokens = new();
    readonly ConcurrentDictionary<string, (Grant Grant, string AccessToken)> _refreshTokens = new();

    public string IssueCode(Grant grant)
    {
        var code = NewToken();
        _codes[code] = (grant, time.GetUtcNow() + CodeLifetime);
        return code;
    }

    /// <summary>The authorization_code grant; null when the code is unknown, used, expired or another app's.</summary>
    public (Grant Grant, TokenResponse Tokens)? RedeemCode(string clientId, string code) =>
        _codes.TryRemove(code, out var issued) && issued.Grant.ClientId == clientId && issued.ExpiresAt > time.GetUtcNow()
            ? (issued.Grant, Issue(issued.Grant))
            : null;

    /// <summary>The refresh_token grant: the same pair while the access token has over an hour left, else a new pair.</summary>
    public TokenResponse? Refresh(string clientId, string refreshToken)
    {
        if (!_refreshTokens.TryGetValue(refreshToken, out var issued) || issued.Grant.ClientId != clientId)
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (_accessTokens.TryGetValue(issued.AccessToken, out var access) && access.ExpiresAt - now > RenewalWindow)
        {
            return Response(issued.AccessToken, refreshToken, access.ExpiresAt);
        }

        return _refreshTokens.TryRemove(new KeyValuePair<string, (Grant, string)>(refreshToken, issued)) ? Issue(issued.Grant) : null;
    }

    /// <summary>The grant behind a live access token, or null for an unknown, revoked or expired one.</summary>
    public Grant? Authenticate(string accessToken) =>
        _accessTokens.TryGetValue(accessToken, out var issued) && issued.ExpiresAt > time.GetUtcNow() ? issued.Grant : null;

    /// <summary>Revokes the application's access for the athlete: all its access and refresh tokens.</summary>
    public bool Deauthorize(string accessToken)
    {
        if (Authenticate(accessToken) is not { } grant)
        {
            return false;
        }

        bool SameApp(Grant other) => other.ClientId == grant.ClientId && other.AthleteId == grant.AthleteId;
        foreach (var (token, issued) in _accessTokens.Where(t => SameApp(t.Value.Grant)))
        {
            _accessTokens.TryRemove(new KeyValuePair<string, (Grant, DateTimeOffset)>(token, issued));
        }

        foreach (var (token, other) in _refreshTokens.Where(t => SameApp(t.Value.Grant)))
        {
            _refreshTokens.TryRemove(new KeyValuePair<string, (Grant, string)>(token, other));
        }

        return true;
    }

    /// <summary>Every access token expires now, as six hours passing would leave them; the refresh tokens still work.</summary>
    public void ExpireAccessTokens()
    {
        var now = time.GetUtcNow();
        foreach (var (token, issued) in _accessTokens)
        {
            _accessTokens.TryUpdate(token, issued with { ExpiresAt = now }, issued);
        }
    }

    /// <summary>The athlete revokes every application on strava.com: no access or refresh token works any more.</summary>
    public void RevokeAll()
    {
        _accessTokens.Clear();
        _refreshTokens.Clear();
    }

    TokenResponse Issue(Grant grant)
    {
        var expiresAt = time.GetUtcNow() + options.Value.TokenLifetime;
        var (access, refresh) = (NewToken(), NewToken());
        _accessTokens[access] = (grant, expiresAt);
        _refreshTokens[refresh] = (grant, access);
        return Response(access, refresh, expiresAt);
    }

    /// <summary>expires_in counts the seconds the access token has left, so a token handed out again says less than six hours.</summary>
    TokenResponse Response(string access, string refresh, DateTimeOffset expiresAt) => new()
    {
        AccessToken = access,
        RefreshToken = refresh,
        ExpiresAt = expiresAt.ToUnixTimeSeconds(),
        ExpiresIn = (int)Math.Round((expiresAt - time.GetUtcNow()).TotalSeconds),
    };

    static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));
}
