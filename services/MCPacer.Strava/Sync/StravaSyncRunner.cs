using System.Diagnostics;
using System.Text.Json;
using MCPacer.Contracts.Events;
using MCPacer.Contracts.Strava;
using MCPacer.Contracts.StravaApi;
using MCPacer.Events;
using MCPacer.ServiceDefaults.Telemetry;
using MCPacer.Strava.Auth;
using MCPacer.Strava.Client;
using MCPacer.Strava.Store;
using Microsoft.Extensions.Options;

namespace MCPacer.Strava.Sync;

/// <summary>
/// One sync pass: summaries (pages of 200), then details newest first (new ones, changed ones, and the recent
/// ones again now and then, for descriptions and laps edited after the upload), then streams of recent runs.
/// The first pass of each UTC day lists everything (and so notices deletions anywhere); the others list
/// only the last week. Every step is checkpointed, so a pass cut short resumes where it stopped.
/// Each run is a "strava sync" span with a child per phase; the rate-limit waits are events on the phase.
/// </summary>
internal sealed partial class StravaSyncRunner(
    StravaApiClient strava,
    StreamsFetcher streamsFetcher,
    ActivityStore store,
    StreamStore streamStore,
    SyncStateStore syncState,
    SyncProgressReporter progress,
    IEventBus events,
    TimeProvider clock,
    IOptions<StravaOptions> options,
    ServiceTelemetry telemetry,
    ILogger<StravaSyncRunner> logger)
{
    static readonly TimeSpan IncrementalLookback = TimeSpan.FromDays(7);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var run = telemetry.ActivitySource.StartActivity("strava sync");
        var checkpoint = await SyncCheckpoint.LoadAsync(syncState, cancellationToken);
        try
        {
            if (checkpoint.Phase == SyncPhases.Idle)
            {
                checkpoint = await StartPassAsync(checkpoint, cancellationToken);
            }
            else
            {
                LogResuming(checkpoint.Pass, checkpoint.Phase, checkpoint.Page);
            }

            run?.SetTag(TelemetryNames.Attributes.SyncPass, checkpoint.Pass);
            run?.SetTag(TelemetryNames.Attributes.SyncKind, checkpoint.After is null ? "full" : "incremental");
            if (checkpoint.Phase == SyncPhases.Summaries)
            {
                using var phase = StartPhase(SyncPhases.Summaries);
                checkpoint = await ListSummariesAsync(checkpoint, cancellationToken);
            }

            if (checkpoint.Phase == SyncPhases.Details)
            {
                using var phase = StartPhase(SyncPhases.Details);
                checkpoint = await FetchDetailsAsync(checkpoint, cancellationToken);
            }

            if (checkpoint.Phase == SyncPhases.Streams)
            {
                using var phase = StartPhase(SyncPhases.Streams);
                checkpoint = await FetchStreamsAsync(checkpoint, cancellationToken);
            }
        }
        catch (Exception e) when (e is StravaReconnectRequiredException or StravaNotConnectedException
                                      or StravaScopeMissingException or StravaUnavailableException or StravaGrantRejectedException)
        {
            run?.SetStatus(ActivityStatusCode.Error, $"stopped in {checkpoint.Phase}: {e.GetType().Name}");
            LogStopped(checkpoint.Phase, e.Message);
            await progress.ReportAsync(SyncPhases.Failed, 0, 0, await store.CountAsync(cancellationToken), checkpoint.LastCompletedAt,
                $"The sync stopped while fetching {checkpoint.Phase}: {e.Message}", cancellationToken);
        }
    }

    /// <summary>A phase's span; the phase tags it with how many items it went through.</summary>
    Activity? StartPhase(string phase)
    {
        var activity = telemetry.ActivitySource.StartActivity($"strava sync {phase}");
        activity?.SetTag(TelemetryNames.Attributes.SyncPhase, phase);
        return activity;
    }

    static void CountItems(int items) => Activity.Current?.SetTag(TelemetryNames.Attributes.SyncItems, items);

    async Task<SyncCheckpoint> StartPassAsync(SyncCheckpoint previous, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var full = previous.LastFullListingAt is not { } lastFull || lastFull.UtcDateTime.Date < now.UtcDateTime.Date;
        var after = full ? null : await store.LatestStartAsync(cancellationToken) is { } latest ? latest - IncrementalLookback : (DateTimeOffset?)null;
        var checkpoint = previous with { Pass = previous.Pass + 1, Phase = SyncPhases.Summaries, Page = 1, After = after };
        await checkpoint.SaveAsync(syncState, cancellationToken);
        LogStarting(checkpoint.Pass, after is null ? "full" : "incremental");
        return checkpoint;
    }

    async Task<SyncCheckpoint> ListSummariesAsync(SyncCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        var listed = (checkpoint.Page - 1) * StravaApiClient.MaxPageSize;
        var added = 0;
        while (true)
        {
            var page = await strava.ListActivitiesAsync(checkpoint.Page, StravaApiClient.MaxPageSize, checkpoint.After, StravaCallPriority.Background, cancellationToken);
            added += await store.UpsertSummariesAsync(page.Activities, checkpoint.Pass, cancellationToken);
            await KeepUnreadableAsync(page.Unreadable, checkpoint.Pass, cancellationToken);
            listed += page.Listed;
            var last = page.Listed < StravaApiClient.MaxPageSize;
            checkpoint = last
                ? checkpoint with { Phase = SyncPhases.Details, Page = 1 }
                : checkpoint with { Page = checkpoint.Page + 1 };

            if (last)
            {
                var deleted = await store.DeleteUnseenAsync(checkpoint.Pass, checkpoint.After, cancellationToken);
                if (checkpoint.After is null)
                {
                    checkpoint = checkpoint with { LastFullListingAt = clock.GetUtcNow() };
                }

                await checkpoint.SaveAsync(syncState, cancellationToken);
                CountItems(listed);
                LogListed(listed, added, deleted);
                await events.PublishAsync(new StravaActivitiesChanged(added, deleted, clock.GetUtcNow()), cancellationToken);
                return checkpoint;
            }

            await checkpoint.SaveAsync(syncState, cancellationToken);
            await progress.ReportAsync(SyncPhases.Summaries, listed, listed, await store.CountAsync(cancellationToken),
                checkpoint.LastCompletedAt, null, cancellationToken);
        }
    }

    async Task<SyncCheckpoint> FetchDetailsAsync(SyncCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var pending = await store.DetailsToReadAsync(
            now.AddDays(-options.Value.DetailRefreshDays), now - options.Value.DetailRefreshInterval, cancellationToken);
        var count = await store.CountAsync(cancellationToken);
        var deleted = 0;
        for (var i = 0; i < pending.Count; i++)
        {
            await progress.ReportAsync(SyncPhases.Details, i, pending.Count, count, checkpoint.LastCompletedAt, null, cancellationToken);
            DetailedActivity? detail;
            try
            {
                detail = await strava.GetActivityAsync(pending[i], StravaCallPriority.Background, cancellationToken);
            }
            catch (JsonException e)
            {
                LogUnreadable(pending[i], "detail", e.Message);
                await store.SaveUnreadableDetailAsync(pending[i], $"Strava's detail of this activity could not be read: {e.Message}",
                    clock.GetUtcNow(), cancellationToken);
                continue;
            }

            if (detail is null)
            {
                await store.DeleteAsync(pending[i], cancellationToken);
                count--;
                deleted++;
                continue;
            }

            await store.SaveDetailAsync(detail, clock.GetUtcNow(), cancellationToken);
        }

        checkpoint = checkpoint with { Phase = SyncPhases.Streams };
        await checkpoint.SaveAsync(syncState, cancellationToken);
        CountItems(pending.Count);
        await AnnounceChangedAsync(pending.Count - deleted, deleted, cancellationToken);
        return checkpoint;
    }

    async Task<SyncCheckpoint> FetchStreamsAsync(SyncCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().AddDays(-7 * options.Value.StreamWeeks);
        var pending = await streamStore.ToFetchAsync(since, cancellationToken);
        var count = await store.CountAsync(cancellationToken);
        for (var i = 0; i < pending.Count; i++)
        {
            await progress.ReportAsync(SyncPhases.Streams, i, pending.Count, count, checkpoint.LastCompletedAt, null, cancellationToken);
            await streamsFetcher.FetchAsync(pending[i], StravaCallPriority.Background, cancellationToken);
        }

        checkpoint = checkpoint with { Phase = SyncPhases.Idle, LastCompletedAt = clock.GetUtcNow() };
        await checkpoint.SaveAsync(syncState, cancellationToken);
        CountItems(pending.Count);
        await progress.ReportAsync(SyncPhases.Idle, pending.Count, pending.Count, count, checkpoint.LastCompletedAt, null, cancellationToken);
        LogCompleted(checkpoint.Pass, count);
        await AnnounceChangedAsync(pending.Count, 0, cancellationToken);
        return checkpoint;
    }

    /// <summary>Details and streams change what is computed from the activities (loads, paces, estimates): listeners refresh too.</summary>
    async Task AnnounceChangedAsync(int changed, int deleted, CancellationToken cancellationToken)
    {
        if (changed + deleted > 0)
        {
            await events.PublishAsync(new StravaActivitiesChanged(changed, deleted, clock.GetUtcNow()), cancellationToken);
        }
    }

    /// <summary>Records Strava listed but MCPacer could not read: logged, and those stored before are kept as they were.</summary>
    async Task KeepUnreadableAsync(IReadOnlyList<UnreadableRecord> unreadable, long pass, CancellationToken cancellationToken)
    {
        foreach (var record in unreadable)
        {
            LogUnreadable(record.Id ?? 0, "summary", record.Reason);
        }

        await store.MarkSeenAsync(unreadable.Where(r => r.Id is not null).Select(r => r.Id!.Value), pass, cancellationToken);
    }

    [LoggerMessage(LogLevel.Information, "Strava sync pass {Pass} starting ({Kind} listing)")]
    partial void LogStarting(long pass, string kind);

    [LoggerMessage(LogLevel.Information, "Strava sync pass {Pass} resuming in phase {Phase} at page {Page}")]
    partial void LogResuming(long pass, string phase, int page);

    [LoggerMessage(LogLevel.Information, "Strava listing done: {Listed} listed, {Added} new, {Deleted} deleted on Strava")]
    partial void LogListed(int listed, int added, int deleted);

    [LoggerMessage(LogLevel.Information, "Strava sync pass {Pass} complete: {Activities} activities stored")]
    partial void LogCompleted(long pass, int activities);

    [LoggerMessage(LogLevel.Warning, "Strava sync stopped in phase {Phase}: {Reason}")]
    partial void LogStopped(string phase, string reason);

    [LoggerMessage(LogLevel.Warning, "Strava's {Part} of activity {ActivityId} could not be read and was skipped: {Reason}")]
    partial void LogUnreadable(long activityId, string part, string reason);
}
