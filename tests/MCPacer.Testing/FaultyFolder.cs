using System.Diagnostics;
using Xunit;

namespace MCPacer.Testing;

/// <summary>
/// A data folder that cannot be written: mounted read-only over itself, or replaced by a tiny tmpfs that is full.
/// Tests here run as root, for whom chmod stops nothing, so only a mount makes a folder refuse writes; that needs
/// mount rights (root with CAP_SYS_ADMIN), and without them the test skips saying so.
/// </summary>
public sealed class FaultyFolder : IDisposable
{
    readonly string _path;

    FaultyFolder(string path) => _path = path;

    /// <summary><paramref name="path"/> as it is, read-only (a bind mount of itself, remounted ro).</summary>
    public static FaultyFolder ReadOnly(string path)
    {
        Mount("--bind", path, path);
        var folder = new FaultyFolder(path);
        try
        {
            Run("mount", "-o", "remount,bind,ro", path);
        }
        catch
        {
            folder.Dispose();
            throw;
        }

        return folder;
    }

    /// <summary>A tmpfs of <paramref name="sizeKb"/> KB over <paramref name="path"/> holding copies of its files, the rest filled up.</summary>
    public static FaultyFolder Full(string path, int sizeKb = 64)
    {
        var files = Directory.EnumerateFiles(path).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
        Mount("-t", "tmpfs", "-o", $"size={sizeKb}k", "tmpfs", path);
        var folder = new FaultyFolder(path);
        foreach (var (name, bytes) in files)
        {
            File.WriteAllBytes(Path.Combine(path, name), bytes);
        }

        try
        {
            using var filler = File.OpenWrite(Path.Combine(path, "filler"));
            var block = new byte[4096];
            while (true)
            {
                filler.Write(block);
                filler.Flush();
            }
        }
        catch (IOException)
        {
            // Full.
        }

        return folder;
    }

    static void Mount(params string[] arguments)
    {
        var (exitCode, error) = Command("mount", arguments);
        if (exitCode != 0)
        {
            Assert.Skip($"this test makes a folder read-only or full with mount, which needs root with CAP_SYS_ADMIN: {error.Trim()}");
        }
    }

    static void Run(string program, params string[] arguments)
    {
        var (exitCode, error) = Command(program, arguments);
        Assert.True(exitCode == 0, $"{program} {string.Join(' ', arguments)}: {error}");
    }

    static (int ExitCode, string Error) Command(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }

    public void Dispose() => Run("umount", _path);
}
