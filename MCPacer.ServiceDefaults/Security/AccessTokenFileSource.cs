using MCPacer.Clients;
using Microsoft.Extensions.Configuration;

namespace MCPacer.ServiceDefaults.Security;

/// <summary>
/// MCPacer:AccessToken read from the file the AppHost keeps (MCPacer:AccessTokenFile, &lt;data-dir&gt;/access-token)
/// and read again whenever it is replaced, so that "Rotate access token" reaches a running service. The watch is on
/// that one name in its folder, not below it: the services' own folders there see writes all the time.
/// </summary>
sealed class AccessTokenFileSource(string file) : IConfigurationSource
{
    public const string ConfigurationKey = $"{AccessTokenOptions.Section}:AccessTokenFile";

    public IConfigurationProvider Build(IConfigurationBuilder builder) => new Provider(Path.GetFullPath(file));

    sealed class Provider : ConfigurationProvider, IDisposable
    {
        const string TokenKey = $"{AccessTokenOptions.Section}:{nameof(AccessTokenOptions.AccessToken)}";
        readonly string _path;
        readonly FileSystemWatcher _watcher;

        public Provider(string path)
        {
            _path = path;
            // The AppHost writes access-token.tmp and renames it over access-token: the filter sees both names.
            _watcher = new FileSystemWatcher(Path.GetDirectoryName(path)!, Path.GetFileName(path) + "*")
            {
                IncludeSubdirectories = false,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite,
            };
            _watcher.Changed += (_, _) => Reload();
            _watcher.Created += (_, _) => Reload();
            _watcher.Renamed += (_, _) => Reload();
            _watcher.EnableRaisingEvents = true;
        }

        public override void Load() => Data = Read();

        void Reload()
        {
            var read = Read();
            if (read.TryGetValue(TokenKey, out var token) && token is { Length: > 0 } && (!Data.TryGetValue(TokenKey, out var held) || held != token))
            {
                Data = read;
                OnReload();
            }
        }

        Dictionary<string, string?> Read()
        {
            var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            try
            {
                data[TokenKey] = File.ReadAllText(_path).Trim();
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
            }

            return data;
        }

        public void Dispose() => _watcher.Dispose();
    }
}
