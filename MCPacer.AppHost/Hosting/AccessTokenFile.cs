using System.Security.Cryptography;
using MCPacer.Contracts.Stack;

namespace MCPacer.AppHost.Hosting;

/// <summary>
/// The per-install access token: generated once into &lt;data-dir&gt;/access-token (mode 0600), in a data folder only its
/// owner may enter (0700), since it also holds the runner's Strava grant.
/// </summary>
internal static class AccessTokenFile
{
    const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public static string ReadOrCreate(string dataDir)
    {
        Directory.CreateDirectory(dataDir, OwnerOnlyFolder);
        File.SetUnixFileMode(dataDir, OwnerOnlyFolder);
        var path = Path.Combine(dataDir, DataDirectory.AccessTokenFile);
        if (File.Exists(path) && File.ReadAllText(path).Trim() is { Length: >= 32 } existing)
        {
            return existing;
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, new FileStreamOptions
               {
                   Mode = FileMode.Create, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
               }))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(token);
        }

        File.Move(temp, path, overwrite: true);
        return token;
    }
}
