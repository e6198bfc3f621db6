using System.Text.Json;
using MCPacer.ServiceDefaults.Storage;

namespace MCPacer.Strava.Auth;

/// <summary>
/// credentials.json and tokens.json under &lt;data&gt;/strava: owner-only (0600), written atomically, cached in
/// memory. Nothing here is ever logged or returned by an endpoint.
/// </summary>
public sealed class SecretStore(DataRoot dataRoot)
{
    const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    readonly SemaphoreSlim _writeGate = new(1, 1);
    Cached<StravaAppCredentials>? _credentials;
    Cached<StravaTokens>? _tokens;

    string Directory => dataRoot.ServiceDirectory("strava");

    public string CredentialsPath => Path.Combine(Directory, "credentials.json");

    public string TokensPath => Path.Combine(Directory, "tokens.json");

    public async Task<StravaAppCredentials?> ReadCredentialsAsync(CancellationToken cancellationToken) =>
        (_credentials ??= new(await ReadAsync<StravaAppCredentials>(CredentialsPath, cancellationToken))).Value;

    public async Task<StravaTokens?> ReadTokensAsync(CancellationToken cancellationToken) =>
        (_tokens ??= new(await ReadAsync<StravaTokens>(TokensPath, cancellationToken))).Value;

    public async Task SaveCredentialsAsync(StravaAppCredentials credentials, CancellationToken cancellationToken)
    {
        await WriteAsync(CredentialsPath, credentials, cancellationToken);
        _credentials = new(credentials);
    }

    public async Task SaveTokensAsync(StravaTokens tokens, CancellationToken cancellationToken)
    {
        await WriteAsync(TokensPath, tokens, cancellationToken);
        _tokens = new(tokens);
    }

    public async Task DeleteTokensAsync(CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            File.Delete(TokensPath);
            _tokens = new(null);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    async Task WriteAsync<T>(string path, T value, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await AtomicFile.WriteAllBytesAsync(path, JsonSerializer.SerializeToUtf8Bytes(value, Json), cancellationToken, OwnerOnly);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    static async Task<T?> ReadAsync<T>(string path, CancellationToken cancellationToken) where T : class
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            await using var stream = File.OpenRead(path);
            return await JsonSerializer.DeserializeAsync<T>(stream, Json, cancellationToken);
        }
        catch (JsonException e)
        {
            // The message names the file only: its content is a secret.
            throw new InvalidDataException($"{path} is not readable JSON; delete it and connect Strava again.", e);
        }
    }

    sealed record Cached<T>(T? Value);
}
