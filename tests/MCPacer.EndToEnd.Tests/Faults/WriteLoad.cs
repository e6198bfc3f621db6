using System.Diagnostics;

namespace MCPacer.EndToEnd.Tests.Faults;

/// <summary>
/// One writer that writes numbered values ("kill plans 17") one after another until stopped, each value once, and
/// remembers which were acknowledged. After a fault the stored value must be the last acknowledged one or one written
/// after it whose answer was lost (the write in flight completed): anything else was lost or half-written.
/// </summary>
sealed class SequentialWriter(string tag, Func<string, CancellationToken, Task<HttpResponseMessage>> write)
{
    readonly List<(string Value, bool Acknowledged)> _writes = [];

    public int Acknowledged => _writes.Count(w => w.Acknowledged);

    public int Failed => _writes.Count(w => !w.Acknowledged);

    public async Task RunAsync(CancellationToken stop)
    {
        for (var n = 1; !stop.IsCancellationRequested; n++)
        {
            var value = $"{tag} {n}";
            bool acknowledged;
            try
            {
                using var response = await write(value, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
                acknowledged = response.IsSuccessStatusCode;
            }
            catch (Exception e) when (e is HttpRequestException or TimeoutException or TaskCanceledException)
            {
                acknowledged = false;
            }

            _writes.Add((value, acknowledged));
            if (!acknowledged)
            {
                await Task.Delay(100, CancellationToken.None);
            }
        }
    }

    /// <summary>"complete" or "absent" for the unacknowledged writes after the last acknowledged one; null when the stored value is neither.</summary>
    public string? Judge(string? stored)
    {
        var lastAcknowledged = _writes.FindLastIndex(w => w.Acknowledged);
        if (lastAcknowledged >= 0 && stored == _writes[lastAcknowledged].Value)
        {
            return "absent";
        }

        return _writes.Skip(lastAcknowledged + 1).Any(w => w.Value == stored) ? "complete" : null;
    }

    public override string ToString() => string.Join(", ", _writes.TakeLast(8).Select(w => $"{w.Value}{(w.Acknowledged ? "" : " (failed)")}"));
}

/// <summary>A read of the faulted service, repeated: how many failed and when it first answered again after the fault.</summary>
sealed class ServiceProbe(Func<CancellationToken, Task<bool>> read)
{
    readonly Stopwatch _clock = Stopwatch.StartNew();
    TimeSpan? _faultAt;
    TimeSpan? _backAt;

    public int Errors { get; private set; }

    public int Reads { get; private set; }

    public TimeSpan? Recovery => _backAt - _faultAt;

    public bool Back => _backAt is not null;

    public void FaultNow() => _faultAt = _clock.Elapsed;

    public async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            bool ok;
            try
            {
                ok = await read(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
            }
            catch (Exception e) when (e is HttpRequestException or TimeoutException or TaskCanceledException)
            {
                ok = false;
            }

            Reads++;
            if (!ok)
            {
                Errors++;
            }
            else if (_faultAt is not null && _backAt is null && Errors > 0)
            {
                _backAt = _clock.Elapsed;
            }

            await Task.Delay(100, CancellationToken.None);
        }
    }
}
