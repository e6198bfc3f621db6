using System.ComponentModel;
using System.Globalization;
using System.Text;
using MCPacer.Clients;
using MCPacer.Contracts.Training;
using ModelContextProtocol;
using ModelContextProtocol.Server;

namespace MCPacer.Mcp.Tools;

/// <summary>
/// The training science the strava service computes over the synced activities: load and fitness, predictions, paces,
/// best efforts, zones and the physiology they rest on. Every figure names how it was computed, so quote it with its method.
/// </summary>
[McpServerToolType]
internal sealed class TrainingTools(StravaClient strava)
{
    const int DailyLinesShown = 28;
    static readonly string[] ProfileFields = ["max_hr", "resting_hr", "threshold_hr", "threshold_pace", "sex"];

    [McpServerTool(Name = "get_training_load", ReadOnly = true)]
    [Description("Training load as text. Without activity_id: today's line (CTL fitness 42 d, ATL fatigue 7 d, TSB form = " +
                 "yesterday's CTL - ATL, ACWR 7:28 with caution from 1.3 and high from 1.5, ramp flags), the weeks of the window " +
                 "(load, km, longest run, monotony, strain, flags: a week >10 % over the 3 before, a long run >20 % over the 4 before), " +
                 "the last 28 days one line each, and how many activities each load method measured. With activity_id: that " +
                 "activity's load in TSS units, its method (rTSS from grade-adjusted pace, hrTSS from heart rate, sessionRPE from the " +
                 "runner's rating, or a duration estimate) and Banister TRIMP when known. Quote figures with their method.")]
    public async Task<string> GetTrainingLoad(
        [Description("First day, yyyy-MM-dd (1970 to 2100, at most 3,660 days before end_date); default 12 weeks before end_date.")] DateOnly? start_date = null,
        [Description("Last day, yyyy-MM-dd; default today.")] DateOnly? end_date = null,
        [Description("One activity's load instead of the series (a Strava activity id).")] long? activity_id = null,
        CancellationToken ct = default)
    {
        if (activity_id is { } id)
        {
            return LoadText(await strava.GetActivityLoadAsync(id, ct));
        }

        if (start_date is { } s && end_date is { } e && e < s)
        {
            throw new McpException($"'end_date' {e:yyyy-MM-dd} is before 'start_date' {s:yyyy-MM-dd}.");
        }

        var series = await strava.GetTrainingLoadAsync(start_date, end_date, ct);
        var text = new StringBuilder(series.Summary).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"Methods {series.From:yyyy-MM-dd}..{series.To:yyyy-MM-dd}: ")
            .AppendJoin(", ", series.Methods.Select(m => $"{m.Key} {m.Value}")).Append('\n');
        text.Append("WEEKS (Monday: load · km · longest · monotony · strain · flags)\n");
        foreach (var week in series.Weeks)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{week.Monday:yyyy-MM-dd}: {week.Load:0} · {week.Km:0.#} km · long {week.LongestRunKm:0.#} · mono {week.Monotony?.ToString("0.0", CultureInfo.InvariantCulture) ?? "-"} · strain {week.Strain?.ToString("0", CultureInfo.InvariantCulture) ?? "-"}")
                .Append(week.Flags.Count > 0 ? " · " + string.Join("; ", week.Flags) : "").Append('\n');
        }

        text.Append("DAYS (date: load · CTL · ATL · TSB · ACWR risk)\n");
        foreach (var day in series.Days.TakeLast(DailyLinesShown))
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{day.Date:yyyy-MM-dd}: {day.Load:0} · {day.Ctl:0.0} · {day.Atl:0.0} · {day.Tsb:0.0} · {day.Acwr?.ToString("0.00", CultureInfo.InvariantCulture) ?? "n/a"}{(day.Risk == "none" ? "" : " " + day.Risk)}\n");
        }

        return text.Append(series.Conventions).ToString();
    }

    [McpServerTool(Name = "set_session_rpe", Destructive = true, Idempotent = true)]
    [Description("Records how hard the runner said a session felt, Foster's session RPE on the CR-10 scale (1 very easy, 3 moderate, " +
                 "5 hard, 7 very hard, 10 maximal); leave rpe out to clear it. It becomes the activity's load (RPE x minutes / 4.2, " +
                 "so RPE 7 for an hour = 100 TSS) when the activity has neither a speed stream with a threshold pace nor heart rate " +
                 "with max, resting and threshold HR: it replaces the estimate from duration and type. Returns the load as it now stands.")]
    public async Task<string> SetSessionRpe(
        [Description("A Strava activity id.")] long activity_id,
        [Description("The runner's rating, 1 to 10; leave out to clear.")] int? rpe = null,
        CancellationToken ct = default)
    {
        if (rpe is < 1 or > 10)
        {
            throw new McpException($"'rpe' is 1 to 10 (Foster's CR-10); it was {rpe}.");
        }

        var load = await strava.SetSessionRpeAsync(activity_id, rpe, ct);
        return $"{(rpe is null ? "Session RPE cleared." : $"Session RPE {rpe} saved.")} {LoadText(load)}";
    }

    [McpServerTool(Name = "predict_race_times", ReadOnly = true)]
    [Description("Predicted 5k, 10k, half and marathon by Daniels' VDOT with Riegel (exponent 1.06) beside it, and Daniels' " +
                 "training paces. Without arguments from the athlete's data: the highest VDOT of the best efforts and races of the " +
                 "last 12 weeks, with a marathon-readiness discount (long runs and weekly volume) and its reasons. With distance_km " +
                 "and time: calculator mode for that performance.")]
    public async Task<string> PredictRaceTimes(
        [Description("Calculator mode: a race distance in km (1 to 100), with time.")] double? distance_km = null,
        [Description("Calculator mode: the time for distance_km, h:mm:ss or mm:ss.")] string? time = null,
        CancellationToken ct = default)
    {
        if ((distance_km is null) != (time is null))
        {
            throw new McpException("Give both 'distance_km' and 'time' for calculator mode, or neither for the athlete's own data.");
        }

        var predictions = distance_km is { } km ? await strava.CalculateRaceAsync(km, time!, ct) : await strava.GetPredictionsAsync(ct);
        if (predictions.Vdot is not { } vdot)
        {
            return $"No prediction: {predictions.Basis}. Give distance_km and time of a recent race instead.";
        }

        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"VDOT {vdot:0.0} from {predictions.Basis}.\n"));
        foreach (var race in predictions.Races)
        {
            text.Append(CultureInfo.InvariantCulture, $"{race.Distance}: {race.VdotTime} (VDOT) · {race.RiegelTime} (Riegel)")
                .Append(race.ReadyTime is { } ready ? $" · {ready} with the readiness discount" : "").Append('\n');
        }

        if (predictions.Readiness is { } readiness)
        {
            text.Append(CultureInfo.InvariantCulture, $"Marathon readiness: +{readiness.Percent:0.0} %")
                .Append(readiness.Reasons.Count == 0 ? " (long runs and volume are enough)" : ": " + string.Join("; ", readiness.Reasons)).Append('\n');
        }

        return text.Append(PacesText(predictions.Paces!)).ToString();
    }

    [McpServerTool(Name = "get_training_paces", ReadOnly = true)]
    [Description("Daniels' training paces per km (easy range, marathon, threshold, interval, repetition) at a VDOT: the given " +
                 "one, else the athlete's current VDOT from the best efforts and races of the last 12 weeks.")]
    public async Task<string> GetTrainingPaces(
        [Description("A VDOT (20 to 90); leave out for the athlete's current one.")] double? vdot = null,
        CancellationToken ct = default) =>
        PacesText(await strava.GetTrainingPacesAsync(vdot, ct));

    [McpServerTool(Name = "get_best_efforts", ReadOnly = true)]
    [Description("The fastest 400 m, 1k, mile, 5k, 10k, half and marathon inside the runs of the last weeks (elapsed time of the " +
                 "fastest stretch of the distance stream, like a race clock), with the run each is in, and the PR history: each " +
                 "time a distance's best improved. Only runs with stored streams count.")]
    public async Task<string> GetBestEfforts(
        [Description("How many weeks back, 1 to 520.")] int weeks = 52,
        CancellationToken ct = default)
    {
        var efforts = await strava.GetBestEffortsAsync(weeks, ct);
        var text = new StringBuilder($"Best efforts since {efforts.From:yyyy-MM-dd} ({efforts.RunsWithStreams} runs with streams):\n");
        foreach (var e in efforts.Best)
        {
            text.Append($"{e.Distance}: {e.Time} ({e.Pace}) in {e.ActivityId} \"{e.ActivityName}\" {e.Date:yyyy-MM-dd}\n");
        }

        text.Append("PR history (oldest first): ")
            .AppendJoin(" · ", efforts.History.Select(e => $"{e.Date:yyyy-MM-dd} {e.Distance} {e.Time}"));
        return text.ToString();
    }

    [McpServerTool(Name = "get_zones", ReadOnly = true)]
    [Description("Without activity_id: the athlete's five heart-rate zones (Friel's from threshold HR, else Edwards' from max HR) " +
                 "and pace zones (Friel's from threshold pace). With activity_id: time in each zone for that activity, and for a " +
                 "steady run of 40 minutes or more the efficiency factor and aerobic decoupling (pace:HR, first half against second; " +
                 "under 5 % is well coupled).")]
    public async Task<string> GetZones(
        [Description("A Strava activity id, for its time in zone.")] long? activity_id = null,
        CancellationToken ct = default)
    {
        var report = activity_id is { } id ? await strava.GetActivityZonesAsync(id, ct) : await strava.GetZonesAsync(ct);
        var text = new StringBuilder(activity_id is { } a ? $"Activity {a}:\n" : "The athlete's zones:\n");
        foreach (var set in new[] { report.HeartRate, report.Pace }.OfType<TrainingZoneSet>())
        {
            text.Append($"{(set.Measure == "pace" ? "Pace" : "Heart rate")} ({set.Basis}): ")
                .AppendJoin(" · ", set.Zones.Select(z => $"Z{z.Zone} {z.Range}" + (z.Seconds is { } s
                    ? string.Create(CultureInfo.InvariantCulture, $" {s / 60}:{s % 60:00} ({z.Percent:0}%)") : "")))
                .Append('\n');
        }

        if (report.Efficiency is { } efficiency)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"Efficiency factor {efficiency.EfficiencyFactor:0.000} (graded m/min per bpm), decoupling {efficiency.DecouplingPercent:0.0} % over {efficiency.MovingMinutes:0} moving min\n");
        }

        return text.Append(report.Note ?? "").ToString().TrimEnd();
    }

    [McpServerTool(Name = "get_athlete_profile", ReadOnly = true)]
    [Description("The athlete's max, resting and threshold heart rate, threshold pace and sex, each marked 'set' (by the runner), " +
                 "'estimated' (from the streams of the last 12 weeks, with how) or 'unknown'. Load, zones and predictions use these.")]
    public async Task<string> GetAthleteProfile(CancellationToken ct) => ProfileText(await strava.GetAthleteProfileAsync(ct));

    [McpServerTool(Name = "update_athlete_profile", Destructive = true, Idempotent = true)]
    [Description("Sets values of the athlete's physiology the runner gave you; values not given keep what the runner set before. " +
                 "Name fields in 'clear' to go back to the estimate. Heart rates 30 to 250 bpm with resting < threshold < max; " +
                 "threshold pace as m:ss per km (2:00 to 12:00); sex male, female or unspecified. Returns the profile as it now stands.")]
    public async Task<string> UpdateAthleteProfile(
        [Description("Maximum heart rate, bpm.")] int? max_hr = null,
        [Description("Resting heart rate, bpm.")] int? resting_hr = null,
        [Description("Lactate-threshold heart rate, bpm.")] int? threshold_hr = null,
        [Description("Threshold pace per km, m:ss (e.g. 4:05).")] string? threshold_pace = null,
        [Description("male, female or unspecified (selects Banister's TRIMP weighting).")] string? sex = null,
        [Description("Fields to unset, any of max_hr, resting_hr, threshold_hr, threshold_pace, sex.")] string[]? clear = null,
        CancellationToken ct = default)
    {
        var cleared = clear?.Select(c => c.Trim().ToLowerInvariant()).ToHashSet() ?? [];
        if (cleared.FirstOrDefault(c => !ProfileFields.Contains(c)) is { } unknown)
        {
            throw new McpException($"'{unknown}' is not a profile field; use any of {string.Join(", ", ProfileFields)}.");
        }

        var current = await strava.GetAthleteProfileAsync(ct);
        int? Keep(int? given, string field, ProfileValue value) =>
            given ?? (cleared.Contains(field) || value.Source != ProfileSources.Set ? null : (int?)value.Value);
        var update = new AthleteProfileUpdate(
            Keep(max_hr, "max_hr", current.MaxHeartrate),
            Keep(resting_hr, "resting_hr", current.RestingHeartrate),
            Keep(threshold_hr, "threshold_hr", current.ThresholdHeartrate),
            threshold_pace ?? (cleared.Contains("threshold_pace") || current.ThresholdPace.Source != ProfileSources.Set ? null : current.ThresholdPace.Text.Replace("/km", "")),
            sex ?? (cleared.Contains("sex") ? null : current.Sex));
        return "Saved. " + ProfileText(await strava.UpdateAthleteProfileAsync(update, ct));
    }

    static string LoadText(ActivityTrainingLoad load) => string.Create(CultureInfo.InvariantCulture,
        $"Activity {load.ActivityId} ({load.LocalDate:yyyy-MM-dd}, {load.SportType}, {load.Name}): load {load.Load:0.#} TSS by {load.Method}" +
        $"{(load.CrossTrainingFactor < 1 ? $" (cross-training factor {load.CrossTrainingFactor:0.##})" : "")}. {load.Basis}." +
        $"{(load.Trimp is { } trimp ? $" Banister TRIMP {trimp:0} (its own units)." : "")}" +
        $"{(load.SessionRpe is { } rpe ? $" Session RPE {rpe} (the runner's)." : "")}");

    static string ProfileText(AthleteProfile profile)
    {
        static string Line(string name, ProfileValue value) =>
            $"{name}: {value.Text} ({value.Source}{(value.Basis is { } basis ? $": {basis}" : "")})";
        return string.Join("\n",
            Line("Max HR", profile.MaxHeartrate), Line("Resting HR", profile.RestingHeartrate), Line("Threshold HR", profile.ThresholdHeartrate),
            Line("Threshold pace", profile.ThresholdPace), $"Sex: {profile.Sex}");
    }

    static string PacesText(TrainingPaceSet paces) => string.Create(CultureInfo.InvariantCulture,
        $"Daniels' paces at VDOT {paces.Vdot:0.0}: easy {paces.Easy} · marathon {paces.Marathon} · threshold {paces.Threshold} · interval {paces.Interval} · repetition {paces.Repetition}");
}
