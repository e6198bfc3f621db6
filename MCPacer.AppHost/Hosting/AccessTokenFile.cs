using System.Security.Cryptography;
using MCPacer.Contracts.Stack;

namespace MCPacer.AppHost.Hosting;

/// <summary>
/// The per-install access token: generated once into &lt;data-dir&gt;/access-token (mode 0600), in a data folder only its
/// owner may enter (0700), since it also holds the runner's Strava grant. In run mode the services read it from this
/// file and follow it, so a rotated token reaches them without a restart and no process's environment holds it.
/// </summary>
internal static class AccessTokenFile
{
    const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public static string PathIn(string dataDir) => Path.Combine(dataDir, DataDirectory.AccessTokenFile);

    /// <summary>The token now in force: the one the services check, rotated or not.</summary>
    public static string Read(string dataDir) => File.ReadAllText(PathIn(dataDir)).Trim();

    /// <summary>At start: the token kept from the last run, or a new one for a new data folder.</summary>
    public static string ReadOrCreate(string dataDir)
    {
        Directory.CreateDirectory(dataDir, OwnerOnlyFolder);
        File.SetUnixFileMode(dataDir, OwnerOnlyFolder);
        return File.Exists(PathIn(dataDir)) && Read(dataDir) is { Length: >= 32 } existing ? existing : Rotate(dataDir);
    }

    /// <summary>A new token, written whole or not at all (a service polling the file never reads half of one).</summary>
    public static string Rotate(string dataDir)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var path = PathIn(dataDir);
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
