namespace MCPacer.Terminal.Pty;

/// <summary>A libc call of the pseudo-terminal failed; the message names the call and errno's meaning.</summary>
public sealed class PtyException(string call, int errno)
    : Exception($"{call} failed: {new System.ComponentModel.Win32Exception(errno).Message} (errno {errno})")
{
    public int Errno { get; } = errno;
}
