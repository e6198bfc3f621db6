using System.Security.Cryptography;
using MCPacer.Contracts.Stack;

namespace MCPacer.AppHost.Hosting;

/// <summary>The per-install access token: generated once into &lt;data-dir&gt;/access-token (mode 0600).</summary>
public static class AccessTokenFile
{
    public static string ReadOrCreate(string dataDir)
    {
        var path = Path.Combine(dataDir, DataDirectory.AccessTokenFile);
        if (File.Exists(path) && File.ReadAllText(path).Trim() is { Length: >= 32 } existing)
        {
            return existing;
        }

        Directory.CreateDirectory(dataDir);
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
