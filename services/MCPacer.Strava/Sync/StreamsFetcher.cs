using System.Text.Json;
using MCPacer.Strava.Client;
using MCPacer.Strava.Store;

namespace MCPacer.Strava.Sync;

/// <summary>
/// Fetches one activity's streams and stores what came: the streams (with a note of samples Strava sent empty and
/// that were filled in), or that Strava has none or sent unreadable ones (with why), so that nobody asks again.
/// An odd stream never stops the sync.
/// </summary>
internal sealed partial class StreamsFetcher(StravaApiClient strava, StreamStore store, ILogger<StreamsFetcher> logger)
{
    /// <summary>The stored streams; streams older than the sync's window are fetched the first time someone asks.</summary>
    public async Task<StoredStreams> ReadOrFetchAsync(long id, StravaCallPriority priority, CancellationToken cancellationToken) =>
        await store.ReadAsync(id, cancellationToken) ?? await FetchAsync(id, priority, cancellationToken);

    public async Task<StoredStreams> FetchAsync(long id, StravaCallPriority priority, CancellationToken cancellationToken)
    {
        try
        {
            if (await strava.GetStreamsAsync(id, priority, cancellationToken) is { IsEmpty: false } streams)
            {
                var repaired = streams.DescribeRepairs();
                var note = repaired is null ? null : $"Samples Strava sent empty were filled in from their neighbours: {repaired}.";
                await store.SaveAsync(id, streams, note, cancellationToken);
                if (repaired is not null)
                {
                    LogRepaired(id, repaired);
                }

                return new StoredStreams(streams, note);
            }

            return await SaveAbsentAsync(id, "Strava has no streams for this activity (entered by hand, or recorded without a device).", cancellationToken);
        }
        catch (JsonException e)
        {
            LogUnreadable(id, e.Message);
            return await SaveAbsentAsync(id, $"Strava's streams of this activity could not be read: {e.Message}", cancellationToken);
        }
    }

    async Task<StoredStreams> SaveAbsentAsync(long id, string reason, CancellationToken cancellationToken)
    {
        await store.SaveAbsentAsync(id, reason, cancellationToken);
        return new StoredStreams(null, reason);
    }

    [LoggerMessage(LogLevel.Information, "Strava's streams of activity {ActivityId} had empty samples, filled in from their neighbours: {Repaired}")]
    partial void LogRepaired(long activityId, string repaired);

    [LoggerMessage(LogLevel.Warning, "Strava's streams of activity {ActivityId} could not be read; stored as absent: {Reason}")]
    partial void LogUnreadable(long activityId, string reason);
}
