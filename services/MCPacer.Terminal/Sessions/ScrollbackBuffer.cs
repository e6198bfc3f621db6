namespace MCPacer.Terminal.Sessions;

/// <summary>The last N bytes a session wrote, replayed to a reconnecting browser. Not thread-safe: the session guards it.</summary>
internal sealed class ScrollbackBuffer(int capacity)
{
    readonly byte[] _buffer = new byte[capacity];
    int _start;
    int _length;

    public int Length => _length;

    public void Append(ReadOnlySpan<byte> data)
    {
        if (data.Length >= _buffer.Length)
        {
            data[^_buffer.Length..].CopyTo(_buffer);
            _start = 0;
            _length = _buffer.Length;
            return;
        }

        var end = (_start + _length) % _buffer.Length;
        var first = Math.Min(data.Length, _buffer.Length - end);
        data[..first].CopyTo(_buffer.AsSpan(end));
        data[first..].CopyTo(_buffer);

        var overflow = _length + data.Length - _buffer.Length;
        if (overflow > 0)
        {
            _start = (_start + overflow) % _buffer.Length;
            _length = _buffer.Length;
        }
        else
        {
            _length += data.Length;
        }
    }

    /// <summary>The kept bytes in order, starting at a character boundary (the oldest may have been cut mid-character).</summary>
    public byte[] Snapshot()
    {
        var copy = new byte[_length];
        var first = Math.Min(_length, _buffer.Length - _start);
        _buffer.AsSpan(_start, first).CopyTo(copy);
        _buffer.AsSpan(0, _length - first).CopyTo(copy.AsSpan(first));

        var skip = 0;
        while (skip < copy.Length && skip < 3 && (copy[skip] & 0xC0) == 0x80)
        {
            skip++;
        }

        return skip == 0 ? copy : copy[skip..];
    }
}
