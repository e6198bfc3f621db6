using System.Security.Cryptography;
using System.Text;
using MCPacer.Plans.Store;
using MCPacer.ServiceDefaults.Security;
using MCPacer.Storage;

namespace MCPacer.Plans.Calendar;

/// <summary>
/// The calendar feed's own secret, separate from the access token: a calendar app keeps it in a URL, so it
/// grants only the read-only feed, and rotating it revokes every old subscription. Kept in a 0600 file.
/// </summary>
sealed class CalendarToken(PlanStore store)
{
    readonly string _file = Path.Combine(store.Directory, ".calendar-token");
    readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<string> CurrentAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return File.Exists(_file) && (await File.ReadAllTextAsync(_file, cancellationToken)).Trim() is { Length: > 0 } token
                ? token
                : await WriteNewAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<string> RotateAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await WriteNewAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<bool> MatchesAsync(string presented, CancellationToken cancellationToken) =>
        AccessTokenAuthenticationHandler.Matches(presented, await CurrentAsync(cancellationToken));

    public static string FeedPath(string token) => $"/api/plans/calendar/{token}/mcpacer.ics";

    async Task<string> WriteNewAsync(CancellationToken cancellationToken)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        await AtomicFile.WriteAllBytesAsync(_file, Encoding.ASCII.GetBytes(token), cancellationToken,
            UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return token;
    }
}
