using MCPacer.Contracts.StravaApi;
using Microsoft.Extensions.Options;

namespace MCPacer.StravaStandIn.Traffic;

/// <summary>
/// The fault knobs: a share of requests answered with a 5xx (500, 502 or 503, as Strava's edge does)
/// and a delay added to every request, both from the options; and a scripted fault (<c>POST /_standin/faults</c>)
/// that answers the next requests with one kind of failure. Seeded, so a run with the same seed fails the same requests.
/// </summary>
internal sealed class FaultInjector(IOptions<StandInOptions> options)
{
    static readonly int[] Statuses = [StatusCodes.Status500InternalServerError, StatusCodes.Status502BadGateway, StatusCodes.Status503ServiceUnavailable];

    readonly Lock _gate = new();
    readonly Random _random = new(options.Value.Seed);
    string? _scripted;
    int _scriptedLeft;

    public TimeSpan Latency => options.Value.AddedLatency;

    /// <summary>The next <paramref name="count"/> requests fail as <paramref name="kind"/> says (one of <see cref="StandInFault.PerRequestKinds"/>).</summary>
    public void Script(string kind, int count)
    {
        lock (_gate)
        {
            (_scripted, _scriptedLeft) = (kind, count);
        }
    }

    /// <summary>The scripted fault this request plays, or null when none is left.</summary>
    public string? NextScripted()
    {
        lock (_gate)
        {
            if (_scriptedLeft <= 0)
            {
                return null;
            }

            _scriptedLeft--;
            return _scripted;
        }
    }

    /// <summary>The 5xx status to answer with, or null to serve the request.</summary>
    public int? NextServerError()
    {
        var rate = options.Value.ServerErrorRate;
        if (rate <= 0)
        {
            return null;
        }

        lock (_gate)
        {
            return _random.NextDouble() < rate ? Statuses[_random.Next(Statuses.Length)] : null;
        }
    }
}
