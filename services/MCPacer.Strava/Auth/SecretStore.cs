using System.Text.Json;
using MCPacer.Contracts.Strava;
using MCPacer.Storage;

namespace MCPacer.Strava.Auth;

/// <summary>
/// credentials.json and tokens.json under &lt;data&gt;/strava: owner-only (0600), written atomically, kept in memory
/// while the file's time and size stay the same, so a file written by another process (mcpacer import-original) is
/// read on the next call. Nothing here is ever logged or returned by an endpoint.
/// </summary>
internal sealed class SecretStore(DataRoot dataRoot)
{
    readonly SemaphoreSlim _writeGate = new(1, 1);
    readonly SecretFile<StravaAppCredentials> _credentials = new(PathOf(dataRoot, StravaSecretFiles.Credentials));
    readonly SecretFile<StravaTokens> _tokens = new(PathOf(dataRoot, StravaSecretFiles.Tokens));

    public Task<StravaAppCredentials?> ReadCredentialsAsync(CancellationToken cancellationToken) => _credentials.ReadAsync(cancellationToken);

    public Task<StravaTokens?> ReadTokensAsync(CancellationToken cancellationToken) => _tokens.ReadAsync(cancellationToken);

    public Task SaveCredentialsAsync(StravaAppCredentials credentials, CancellationToken cancellationToken) =>
        WriteAsync(_credentials, credentials, cancellationToken);

    public Task SaveTokensAsync(StravaTokens tokens, CancellationToken cancellationToken) => WriteAsync(_tokens, tokens, cancellationToken);

    public async Task DeleteTokensAsync(CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            _tokens.Delete();
        }
        finally
        {
            _writeGate.Release();
        }
    }

    static string PathOf(DataRoot dataRoot, string file) => Path.Combine(dataRoot.ServiceDirectory(StravaSecretFiles.Folder), file);

    async Task WriteAsync<T>(SecretFile<T> file, T value, CancellationToken cancellationToken) where T : class
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await file.WriteAsync(value, cancellationToken);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    sealed class SecretFile<T>(string path) where T : class
    {
        Cached? _cached;

        public async Task<T?> ReadAsync(CancellationToken cancellationToken)
        {
            // The stamp is taken before the read: a write racing the read leaves a stale stamp, so the next call reads again.
            var stamp = Stamp.Of(path);
            if (_cached is { } cached && cached.Stamp == stamp)
            {
                return cached.Value;
            }

            var value = stamp.Exists ? await ReadFileAsync(cancellationToken) : null;
            _cached = new Cached(value, stamp);
            return value;
        }

        public async Task WriteAsync(T value, CancellationToken cancellationToken)
        {
            await AtomicFile.WriteAllBytesAsync(path, JsonSerializer.SerializeToUtf8Bytes(value, StravaSecretFiles.Json), cancellationToken,
                StravaSecretFiles.OwnerOnly);
            _cached = new Cached(value, Stamp.Of(path));
        }

        public void Delete()
        {
            File.Delete(path);
            _cached = new Cached(null, Stamp.Of(path));
        }

        async Task<T?> ReadFileAsync(CancellationToken cancellationToken)
        {
            try
            {
                await using var stream = File.OpenRead(path);
                return await JsonSerializer.DeserializeAsync<T>(stream, StravaSecretFiles.Json, cancellationToken);
            }
            catch (FileNotFoundException)
            {
                return null;
            }
            catch (JsonException e)
            {
                // The message names the file only: its content is a secret.
                throw new InvalidDataException($"{path} is not readable JSON; delete it and connect Strava again.", e);
            }
        }

        sealed record Cached(T? Value, Stamp Stamp);
    }

    readonly record struct Stamp(bool Exists, DateTime WrittenAt, long Length)
    {
        public static Stamp Of(string path)
        {
            var file = new FileInfo(path);
            return file.Exists ? new Stamp(true, file.LastWriteTimeUtc, file.Length) : default;
        }
    }
}
