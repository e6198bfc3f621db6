using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace MCPacer.Strava.Auth;

/// <summary>
/// The OAuth <c>state</c> values handed out by connect, each bound to the browser session that asked
/// (a cookie) and good for one callback within ten minutes.
/// </summary>
internal sealed class OAuthStateStore(TimeProvider clock)
{
    public const string SessionCookie = "mcpacer_strava_oauth";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    readonly ConcurrentDictionary<string, Pending> _pending = new(StringComparer.Ordinal);

    public static string NewSessionId() => RandomToken();

    public string Issue(string browserSession)
    {
        var now = clock.GetUtcNow();
        foreach (var (state, pending) in _pending)
        {
            if (pending.ExpiresAt < now)
            {
                _pending.TryRemove(state, out _);
            }
        }

        var issued = RandomToken();
        _pending[issued] = new Pending(browserSession, now + Lifetime);
        return issued;
    }

    /// <summary>True once for a state issued to this browser session and not yet expired.</summary>
    public bool TryConsume(string? state, string? browserSession) =>
        state is not null
        && browserSession is not null
        && _pending.TryRemove(state, out var pending)
        && pending.ExpiresAt >= clock.GetUtcNow()
        && CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(pending.BrowserSession), System.Text.Encoding.UTF8.GetBytes(browserSession));

    static string RandomToken() => Base64UrlEncode(RandomNumberGenerator.GetBytes(24));

    static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    sealed record Pending(string BrowserSession, DateTimeOffset ExpiresAt);
}
