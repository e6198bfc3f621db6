namespace MCPacer.Terminal.Pty;

/// <summary>A libc call of the pseudo-terminal failed; the message names the call and errno's meaning.</summary>
internal sealed class PtyException(string call, int errno)
    : Exception($"{call} failed: {new System.ComponentModel.Win32Exception(errno).Message} (errno {errno})")
{
    public int Errno { get; } = errno;
}
