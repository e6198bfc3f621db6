namespace MCPacer.Testing;

/// <summary>A fresh folder under /tmp, deleted on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("mcpacer-test-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process we started may still be closing a file; /tmp is cleaned anyway.
        }
    }
}
