namespace MCPacer.Terminal.Pty;

/// <summary>
/// The processes a terminal's child leaves behind: everything in its session or process group (background jobs
/// included), found through /proc, so closing a terminal leaves no orphan.
/// </summary>
static class ProcessSession
{
    /// <summary>Living (not zombie) processes whose session or process group is <paramref name="sessionId"/>.</summary>
    public static List<int> Members(int sessionId)
    {
        var members = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid) || !TryReadStat(pid, out var stat))
            {
                continue;
            }

            if (stat.State != 'Z' && (stat.Session == sessionId || stat.ProcessGroup == sessionId))
            {
                members.Add(pid);
            }
        }

        return members;
    }

    public static void Signal(int sessionId, int signal)
    {
        foreach (var pid in Members(sessionId))
        {
            LibC.kill(pid, signal);
        }
    }

    readonly record struct Stat(char State, int ProcessGroup, int Session);

    static bool TryReadStat(int pid, out Stat stat)
    {
        stat = default;
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }

        // "pid (comm) state ppid pgrp session ...": comm may hold spaces and parentheses, so split after the last ')'.
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        if (fields.Length < 4 || !int.TryParse(fields[2], out var group) || !int.TryParse(fields[3], out var session))
        {
            return false;
        }

        stat = new Stat(fields[0][0], group, session);
        return true;
    }
}
