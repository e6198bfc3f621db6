using System.Runtime.InteropServices;

namespace MCPacer.Terminal.Pty;

/// <summary>The few libc calls a pseudo-terminal needs (Linux x86-64 and arm64 constants).</summary>
static unsafe partial class LibC
{
    const string Library = "libc";

    public const int O_RDWR = 0x2;
    public const int O_NOCTTY = 0x100;
    public const int O_NONBLOCK = 0x800;
    public const int O_CLOEXEC = 0x80000;

    public const int F_GETFL = 3;
    public const int F_SETFL = 4;

    public const int EINTR = 4;
    public const int EAGAIN = 11;

    public const short POLLIN = 0x1;
    public const short POLLOUT = 0x4;

    public const nuint TIOCSWINSZ = 0x5414;

    public const int P_PID = 1;
    public const int WEXITED = 4;
    public const int WNOWAIT = 0x01000000;
    public const int CLD_EXITED = 1;

    public const short POSIX_SPAWN_SETSIGDEF = 0x04;
    public const short POSIX_SPAWN_SETSIGMASK = 0x08;
    public const short POSIX_SPAWN_SETSID = 0x80;

    public const int SIGHUP = 1;
    public const int SIGKILL = 9;
    public const int SIGCONT = 18;

    // glibc's opaque types are smaller than this (posix_spawnattr_t 336 bytes, file actions 80, sigset_t 128).
    public const int OpaqueSize = 1024;

    [StructLayout(LayoutKind.Sequential)]
    public struct WinSize
    {
        public ushort Rows;
        public ushort Cols;
        public ushort XPixel;
        public ushort YPixel;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct PollFd
    {
        public int Fd;
        public short Events;
        public short REvents;
    }

    /// <summary>The start of siginfo_t as waitid fills it for a child (glibc pads the whole struct to 128 bytes).</summary>
    [StructLayout(LayoutKind.Explicit, Size = 128)]
    public struct SigInfo
    {
        [FieldOffset(8)] public int Code;
        [FieldOffset(16)] public int Pid;
        [FieldOffset(24)] public int Status;
    }

    [LibraryImport(Library, SetLastError = true)]
    public static partial int posix_openpt(int flags);

    [LibraryImport(Library, SetLastError = true)]
    public static partial int grantpt(int fd);

    [LibraryImport(Library, SetLastError = true)]
    public static partial int unlockpt(int fd);

    [LibraryImport(Library)]
    public static partial int ptsname_r(int fd, byte* buffer, nuint length);

    [LibraryImport(Library, SetLastError = true)]
    public static partial int fcntl(int fd, int command, int argument);

    [LibraryImport(Library, SetLastError = true)]
    public static partial int ioctl(int fd, nuint request, WinSize* size);

    [LibraryImport(Library, SetLastError = true)]
    public static partial nint read(int fd, byte* buffer, nuint count);

    [LibraryImport(Library, SetLastError = true)]
    public static partial nint write(int fd, byte* buffer, nuint count);

    [LibraryImport(Library, SetLastError = true)]
    public static partial int poll(PollFd* fds, nuint count, int timeoutMilliseconds);

    [LibraryImport(Library, SetLastError = true)]
    public static partial int close(int fd);

    [LibraryImport(Library, SetLastError = true)]
    public static partial int kill(int pid, int signal);

    [LibraryImport(Library, SetLastError = true)]
    public static partial int waitpid(int pid, int* status, int options);

    [LibraryImport(Library, SetLastError = true)]
    public static partial int waitid(int idType, int id, SigInfo* info, int options);

    [LibraryImport(Library)]
    public static partial int posix_spawn(int* pid, byte* path, void* fileActions, void* attributes, byte** argv, byte** envp);

    [LibraryImport(Library)]
    public static partial int posix_spawnattr_init(void* attributes);

    [LibraryImport(Library)]
    public static partial int posix_spawnattr_destroy(void* attributes);

    [LibraryImport(Library)]
    public static partial int posix_spawnattr_setflags(void* attributes, short flags);

    [LibraryImport(Library)]
    public static partial int posix_spawnattr_setsigdefault(void* attributes, void* signals);

    [LibraryImport(Library)]
    public static partial int posix_spawnattr_setsigmask(void* attributes, void* signals);

    [LibraryImport(Library)]
    public static partial int posix_spawn_file_actions_init(void* actions);

    [LibraryImport(Library)]
    public static partial int posix_spawn_file_actions_destroy(void* actions);

    [LibraryImport(Library)]
    public static partial int posix_spawn_file_actions_addopen(void* actions, int fd, byte* path, int flags, uint mode);

    [LibraryImport(Library)]
    public static partial int posix_spawn_file_actions_adddup2(void* actions, int fd, int newFd);

    [LibraryImport(Library)]
    public static partial int posix_spawn_file_actions_addchdir_np(void* actions, byte* path);

    [LibraryImport(Library)]
    public static partial int posix_spawn_file_actions_addclosefrom_np(void* actions, int lowFd);

    [LibraryImport(Library)]
    public static partial int sigemptyset(void* set);

    [LibraryImport(Library)]
    public static partial int sigfillset(void* set);

    public static int LastError => Marshal.GetLastPInvokeError();

    /// <summary>waitid's report as a shell gives it: the exit code, or 128 + the signal that ended the child.</summary>
    public static int ExitCode(in SigInfo info) => info.Code == CLD_EXITED ? info.Status : 128 + info.Status;
}
