using MCPacer.Clients;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;

namespace MCPacer.ServiceDefaults.Security;

/// <summary>
/// MCPacer:AccessToken read from the file the AppHost keeps (MCPacer:AccessTokenFile, &lt;data-dir&gt;/access-token)
/// and read again when it changes, so that "Rotate access token" reaches a running service. The file is polled (a
/// stat every 4 s) rather than watched: a watcher on its folder would see every write of every service below it.
/// </summary>
sealed class AccessTokenFileSource : FileConfigurationSource
{
    public const string ConfigurationKey = $"{AccessTokenOptions.Section}:AccessTokenFile";

    public AccessTokenFileSource(string file)
    {
        FileProvider = new PhysicalFileProvider(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(file))!)
        {
            UsePollingFileWatcher = true,
            UseActivePolling = true,
        };
        Path = System.IO.Path.GetFileName(file);
        ReloadOnChange = true;
    }

    public override IConfigurationProvider Build(IConfigurationBuilder builder) => new Provider(this);

    sealed class Provider(AccessTokenFileSource source) : FileConfigurationProvider(source)
    {
        public override void Load(Stream stream)
        {
            using var reader = new StreamReader(stream);
            Data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
            {
                [$"{AccessTokenOptions.Section}:{nameof(AccessTokenOptions.AccessToken)}"] = reader.ReadToEnd().Trim(),
            };
        }
    }
}
