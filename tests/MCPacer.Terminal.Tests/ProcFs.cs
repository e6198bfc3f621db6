namespace MCPacer.Terminal.Tests;

/// <summary>What /proc says about processes: who belongs to a terminal's session, who is a child of this test host.</summary>
public static class ProcFs
{
    public sealed record ProcessStat(int Pid, string Command, char State, int ParentPid, int ProcessGroup, int Session);

    public static IEnumerable<ProcessStat> All()
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            string text;
            try
            {
                text = File.ReadAllText($"/proc/{pid}/stat");
            }
            catch (IOException)
            {
                continue;
            }

            var open = text.IndexOf('(');
            var close = text.LastIndexOf(')');
            var fields = text[(close + 2)..].Split(' ');
            yield return new ProcessStat(pid, text[(open + 1)..close], fields[0][0], int.Parse(fields[1]), int.Parse(fields[2]), int.Parse(fields[3]));
        }
    }

    /// <summary>Living processes in the session or process group a terminal's child leads (zombies are dead, not counted).</summary>
    public static List<ProcessStat> SessionMembers(int leader) =>
        All().Where(p => p.State != 'Z' && (p.Session == leader || p.ProcessGroup == leader)).ToList();

    public static List<ProcessStat> ChildrenOfThisProcess() =>
        All().Where(p => p.ParentPid == Environment.ProcessId && p.State != 'Z').ToList();

    public static async Task<List<ProcessStat>> WaitForMembersAsync(int leader, Func<List<ProcessStat>, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var members = SessionMembers(leader);
            if (done(members) || DateTime.UtcNow > deadline)
            {
                return members;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Bytes the process has written so far (/proc/PID/io wchar).</summary>
    public static long BytesWritten(int pid) =>
        long.Parse(File.ReadLines($"/proc/{pid}/io").First(line => line.StartsWith("wchar:"))["wchar:".Length..].Trim());
}
