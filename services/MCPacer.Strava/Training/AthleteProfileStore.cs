using System.Globalization;
using System.Text.Json;
using MCPacer.Contracts.Strava;
using MCPacer.Contracts.Training;
using MCPacer.Events.Caching;
using MCPacer.Science.Load;
using MCPacer.Science.Physiology;
using MCPacer.ServiceDefaults.Time;
using MCPacer.Storage;
using MCPacer.Strava.Context;
using MCPacer.Strava.Store;

namespace MCPacer.Strava.Training;

/// <summary>
/// &lt;data&gt;/strava/athlete-profile.json: the physiology the runner set, and the estimates from the streams of the
/// last <see cref="EstimateWeeks"/> weeks, kept beside them until a newly stored stream or a new day changes the data.
/// </summary>
internal sealed class AthleteProfileStore(
    DataRoot dataRoot, ActivityStore store, StreamStore streamStore, AthleteClock athleteClock, TimeProvider clock, ReadCache cache)
{
    public const int EstimateWeeks = 12;

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    static readonly ProfileValue Unknown = new(null, "unknown", ProfileSources.Unknown, null);

    readonly string _path = Path.Combine(dataRoot.ServiceDirectory("strava"), "athlete-profile.json");

    /// <summary>The profile file's <see cref="FileStamp"/>: it changes with the runner's values, the estimates, or a hand edit.</summary>
    public string Stamp => FileStamp.Of(_path);
    readonly SemaphoreSlim _lock = new(1, 1);

    /// <summary>The profile with its sources, and the values the formulas use.</summary>
    public async Task<(AthleteProfile Profile, Physiology Physiology)> GetAsync(CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            var stored = await ReadAsync(cancellationToken);
            var estimates = await EstimatesAsync(stored, cancellationToken);
            if (estimates != stored.Estimates)
            {
                stored = stored with { Estimates = estimates };
                await WriteAsync(stored, cancellationToken);
            }

            return Resolve(stored);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Replaces the runner's values (validated by the caller); a null value falls back to its estimate.</summary>
    public async Task SaveAsync(AthleteProfileUpdate update, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            var stored = await ReadAsync(cancellationToken);
            await WriteAsync(stored with
            {
                MaxHeartrate = update.MaxHeartrate,
                RestingHeartrate = update.RestingHeartrate,
                ThresholdHeartrate = update.ThresholdHeartrate,
                ThresholdPace = update.ThresholdPace?.Trim(),
                Sex = update.Sex?.Trim().ToLowerInvariant() ?? ProfileSexes.Unspecified,
                UpdatedAt = clock.GetUtcNow(),
            }, cancellationToken);
            cache.Invalidate();
        }
        finally
        {
            _lock.Release();
        }
    }

    static (AthleteProfile, Physiology) Resolve(StoredProfile stored)
    {
        var estimates = stored.Estimates;
        var max = HeartRate(stored.MaxHeartrate, estimates?.MaxHeartrate, estimates?.MaxHeartrateBasis);
        var resting = HeartRate(stored.RestingHeartrate, null, null);
        var threshold = HeartRate(stored.ThresholdHeartrate, estimates?.ThresholdHeartrate, estimates?.ThresholdBasis);
        var pace = stored.ThresholdPace is { } set && PaceText.TryParse(set, out var seconds)
            ? new ProfileValue(seconds, PaceText.PerKm(seconds), ProfileSources.Set, null)
            : estimates?.ThresholdPace is { } estimated
                ? new ProfileValue(Math.Round(estimated, 1), PaceText.PerKm(estimated), ProfileSources.Estimated, estimates.ThresholdBasis)
                : Unknown;
        var sex = stored.Sex is ProfileSexes.Female or ProfileSexes.Male ? stored.Sex : ProfileSexes.Unspecified;
        var profile = new AthleteProfile(max, resting, threshold, pace, sex, stored.UpdatedAt);
        return (profile, new Physiology(max.Value, resting.Value, threshold.Value, pace.Value, sex == ProfileSexes.Female ? Sex.Female : Sex.Male));
    }

    static ProfileValue HeartRate(int? set, double? estimated, string? basis) =>
        set is { } bpm ? new ProfileValue(bpm, $"{bpm} bpm", ProfileSources.Set, null)
        : estimated is { } value ? new ProfileValue(Math.Round(value), string.Create(CultureInfo.InvariantCulture, $"{value:0} bpm"), ProfileSources.Estimated, basis)
        : Unknown;

    /// <summary>The stored estimates while the data they came from is unchanged; else estimated again from the streams.</summary>
    async Task<StoredEstimates?> EstimatesAsync(StoredProfile stored, CancellationToken cancellationToken)
    {
        var (_, today) = await athleteClock.NowAsync(store, cancellationToken);
        var since = today.AddDays(-7 * EstimateWeeks + 1);
        var version = await streamStore.VersionAsync(since, today, cancellationToken);
        if (stored.Estimates?.DataVersion == version)
        {
            return stored.Estimates;
        }

        var maxima = new List<double>();
        var runs = new List<RecordedRun>();
        foreach (var activity in await store.BetweenAsync(since, today, cancellationToken))
        {
            if (!activity.HasStreams || TrainingStreams.From((await streamStore.ReadAsync(activity.Id, cancellationToken))?.Streams) is not { } streams)
            {
                continue;
            }

            if (streams.Heartrate is { } heartRate && MaxHeartRateEstimate.SustainedMax(streams.Time, heartRate) is { } sustained)
            {
                maxima.Add(sustained);
            }

            if (activity.Family == SportFamilies.Running && streams.Distance is { } distance)
            {
                runs.Add(new RecordedRun($"{activity.Name}, {activity.LocalDate:yyyy-MM-dd}", streams.Time, distance, streams.Heartrate));
            }
        }

        var max = MaxHeartRateEstimate.FromActivityMaxima(maxima);
        var threshold = ThresholdEstimate.FromRuns(runs);
        return new StoredEstimates(version, max?.Bpm, max?.Basis, threshold?.PaceSecondsPerKm, threshold?.HeartRateBpm, threshold?.Basis);
    }

    async Task<StoredProfile> ReadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(_path))
        {
            return new StoredProfile();
        }

        await using var file = File.OpenRead(_path);
        return await JsonSerializer.DeserializeAsync<StoredProfile>(file, Json, cancellationToken) ?? new StoredProfile();
    }

    Task WriteAsync(StoredProfile profile, CancellationToken cancellationToken) =>
        AtomicFile.WriteAllTextAsync(_path, JsonSerializer.Serialize(profile, Json), cancellationToken);

    /// <summary>The file: what the runner set (null = not set), and the latest estimates with the data they came from.</summary>
    sealed record StoredProfile(
        int? MaxHeartrate = null, int? RestingHeartrate = null, int? ThresholdHeartrate = null, string? ThresholdPace = null,
        string Sex = ProfileSexes.Unspecified, DateTimeOffset? UpdatedAt = null, StoredEstimates? Estimates = null);

    sealed record StoredEstimates(
        string DataVersion, double? MaxHeartrate, string? MaxHeartrateBasis, double? ThresholdPace, double? ThresholdHeartrate, string? ThresholdBasis);
}
