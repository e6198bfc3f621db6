using System.Text.Json;
using MCPacer.Contracts.Strava;
using MCPacer.Contracts.StravaApi;

namespace MCPacer.Cli.Import;

/// <summary>
/// With --with-strava: .env's STRAVA_CLIENT_ID and STRAVA_CLIENT_SECRET → strava/credentials.json, and its
/// STRAVA_ACCESS_TOKEN, STRAVA_REFRESH_TOKEN and STRAVA_EXPIRES_AT → strava/tokens.json, both owner-only, in the
/// strava service's format. No value is ever shown; an item names only the keys.
/// </summary>
static class StravaImport
{
    /// <summary>What the original MCPacer asked Strava for; it never kept what the runner actually granted.</summary>
    const string OriginalScopes = "read,activity:read,activity:read_all,activity:write,profile:read_all";

    const string ClientId = "STRAVA_CLIENT_ID";
    const string ClientSecret = "STRAVA_CLIENT_SECRET";
    const string AccessToken = "STRAVA_ACCESS_TOKEN";
    const string RefreshToken = "STRAVA_REFRESH_TOKEN";
    const string ExpiresAt = "STRAVA_EXPIRES_AT";

    public static void Collect(ImportList list, bool withStrava)
    {
        var env = list.Original.Env;
        if (!File.Exists(env))
        {
            list.NothingToImport.Add("Strava: no .env");
            return;
        }

        var values = DotEnv.Read(env);
        string? Value(string key) => values.TryGetValue(key, out var value) && value.Length > 0 ? value : null;
        if (Value(ClientId) is null && Value(RefreshToken) is null)
        {
            list.NothingToImport.Add($"Strava: .env has no {ClientId} or {RefreshToken}");
            return;
        }

        if (!withStrava)
        {
            list.NotImported.Add(".env: the Strava app credentials and tokens (add --with-strava to import them)");
            return;
        }

        if (Value(ClientId) is { } id && Value(ClientSecret) is { } secret)
        {
            Copy(list, "strava app", env, list.Data.StravaCredentials, new StravaAppCredentials(id, secret), $"{ClientId}, {ClientSecret}");
        }
        else
        {
            list.Skip("strava app", list.SourceName(env), $"needs both {ClientId} and {ClientSecret}");
        }

        if (Value(RefreshToken) is { } refresh)
        {
            // Without a known expiry the access token counts as expired: the strava service refreshes it first.
            var expires = long.TryParse(Value(ExpiresAt), out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : DateTimeOffset.UnixEpoch;
            var tokens = new StravaTokens(Value(AccessToken) ?? "", refresh, expires,
                [.. StravaScopes.Parse(OriginalScopes).Order(StringComparer.Ordinal)], AthleteId: 0, AthleteName: "");
            Copy(list, "strava tokens", env, list.Data.StravaTokens, tokens, $"{AccessToken}, {RefreshToken}, {ExpiresAt}");
        }
        else
        {
            list.Skip("strava tokens", list.SourceName(env), $"no {RefreshToken}: connect Strava in the dashboard");
        }
    }

    static void Copy<T>(ImportList list, string what, string env, string target, T value, string keys) =>
        list.Copy(what, env, target, JsonSerializer.SerializeToUtf8Bytes(value, StravaSecretFiles.Json),
            sourceDetail: $" ({keys})", mode: StravaSecretFiles.OwnerOnly);
}
