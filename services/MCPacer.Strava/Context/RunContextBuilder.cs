using System.Globalization;
using System.Text;
using MCPacer.Contracts.Strava;
using MCPacer.ServiceDefaults.Time;
using MCPacer.Strava.Store;
using MCPacer.Strava.Training;

namespace MCPacer.Strava.Context;

/// <summary>
/// The tiered overview the coach reads at the start of a session, in the athlete's local dates (weeks
/// start on Monday): every run of the current and the two previous weeks with digests and notes; a
/// summary line per week for the nine weeks before; a short entry per week up to six months back; a line
/// per month up to a year back; a short entry per year before that. Bounded to about 1,400 tokens: the older
/// tiers have a fixed number of lines, years add a few tokens each. The second line is the training load (TrainingLoads).
/// </summary>
internal sealed class RunContextBuilder(ActivityStore store, NoteStore noteStore, AthleteClock athleteClock, TrainingLoads loads)
{
    public const int TokenBudget = 1400;
    const int CharsPerToken = 4;
    const int DetailWeeks = 3;
    const int SummaryWeeks = 12;
    const int ShortWeeks = 26;

    public async Task<RunContext> BuildAsync(CancellationToken cancellationToken)
    {
        var (zone, today) = await athleteClock.NowAsync(store, cancellationToken);
        var yearBack = YearBack(today);
        var history = new History(
            await store.BetweenAsync(yearBack, today, cancellationToken),
            await store.RunYearsBeforeAsync(yearBack, cancellationToken),
            await store.CountByFamilyAsync(cancellationToken));
        var detailFrom = Monday(today).AddDays(-7 * (DetailWeeks - 1));
        var notes = await noteStore.BetweenAsync(detailFrom, today, cancellationToken);
        var loadLine = await loads.SummaryLineAsync(cancellationToken);

        var text = Render(history, notes, loadLine, today, zone, compact: false);
        if (text.Length > TokenBudget * CharsPerToken)
        {
            text = Render(history, notes, loadLine, today, zone, compact: true);
        }

        var (runs, other) = history.Counts;
        return new RunContext(text, (text.Length + CharsPerToken - 1) / CharsPerToken, today, zone.Id, runs + other);
    }

    /// <summary>The last year activity by activity; the years before it summed by the store.</summary>
    sealed record History(IReadOnlyList<StravaActivity> LastYear, IReadOnlyList<YearOfRuns> EarlierYears, (int Runs, int Other) Counts);

    static string Render(History history, ILookup<long, RunNote> notes, string loadLine, DateOnly today, TimeZoneInfo zone, bool compact)
    {
        var thisMonday = Monday(today);
        var byWeek = history.LastYear.ToLookup(a => Monday(a.LocalDate));
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"RUN CONTEXT · today {today:ddd yyyy-MM-dd} ({zone.Id}) · {history.Counts.Runs} runs, {history.Counts.Other} cross-training synced");
        text.AppendLine(loadLine);

        text.AppendLine("RECENT WEEKS (every session)");
        for (var w = 0; w < DetailWeeks; w++)
        {
            var monday = thisMonday.AddDays(-7 * w);
            var week = byWeek[monday].ToList();
            text.AppendLine($"Week of {monday:ddd yyyy-MM-dd}{(w == 0 ? " (current)" : "")}: {WeekFigures(week)}");
            foreach (var a in week.OrderBy(a => a.StartLocal))
            {
                text.AppendLine("  " + SessionLine(a, notes[a.Id], compact));
            }
        }

        text.AppendLine("EARLIER WEEKS (run km · runs · avg pace · avg HR · longest · key session)");
        for (var w = DetailWeeks; w < SummaryWeeks; w++)
        {
            var monday = thisMonday.AddDays(-7 * w);
            text.AppendLine($"  {monday:yyyy-MM-dd}: {WeekFigures(byWeek[monday].ToList())}{KeySession(byWeek[monday])}");
        }

        text.AppendLine("OLDER WEEKS (run km/runs)");
        var shortLines = Enumerable.Range(SummaryWeeks, ShortWeeks - SummaryWeeks)
            .Select(w => thisMonday.AddDays(-7 * w))
            .Select(monday => $"{monday:MM-dd} {RunKm(byWeek[monday]):0}/{byWeek[monday].Count(a => a.Family == SportFamilies.Running)}");
        text.AppendLine("  " + string.Join(" · ", shortLines));

        var sixMonthsBack = thisMonday.AddDays(-7 * ShortWeeks);
        var months = history.LastYear.Where(a => a.Family == SportFamilies.Running && a.LocalDate < sixMonthsBack)
            .GroupBy(a => new DateOnly(a.LocalDate.Year, a.LocalDate.Month, 1)).OrderByDescending(g => g.Key).ToList();
        if (months.Count > 0)
        {
            text.AppendLine("MONTHS (run km · runs · avg pace · longest)");
            foreach (var month in months)
            {
                text.AppendLine($"  {month.Key:yyyy-MM}: {PeriodFigures(month.ToList())}");
            }
        }

        if (history.EarlierYears.Count > 0)
        {
            // One short entry per year: ten years of history cost a few dozen tokens more than one.
            text.AppendLine("YEARS (run km/runs): " + string.Join(" · ", history.EarlierYears.Select(y => $"{y.Year} {y.Km:0}/{y.Runs}")));
        }

        return text.ToString().TrimEnd();
    }

    static string SessionLine(StravaActivity a, IEnumerable<RunNote> notes, bool compact)
    {
        var line = new StringBuilder($"{a.StartLocal:ddd MM-dd HH:mm} ");
        if (a.Family != SportFamilies.Running)
        {
            return line.Append($"[XT] {a.SportType} · {RunFigures.Duration(a.MovingTimeSeconds)}").ToString();
        }

        line.Append($"{Clip(a.Name, 40)} · {RunFigures.Km(a.DistanceKm)} km · {a.Pace ?? "-"}");
        if (a.AverageHeartrate is { } hr)
        {
            line.Append($" · HR {hr:0}");
        }

        if (a.Treadmill)
        {
            line.Append(" · treadmill");
        }

        if (a.Digest is { } digest)
        {
            line.Append(" | ").Append(Clip(digest, compact ? 60 : 160));
        }

        if (!compact)
        {
            foreach (var note in notes.TakeLast(2))
            {
                line.Append(" | note: ").Append(Clip(note.Text, 100));
            }
        }

        return line.ToString();
    }

    static string WeekFigures(IReadOnlyList<StravaActivity> week)
    {
        var runs = week.Where(a => a.Family == SportFamilies.Running).ToList();
        var cross = week.Count - runs.Count;
        return (runs.Count == 0 ? "no runs" : PeriodFigures(runs)) + (cross > 0 ? $" · +{cross} XT" : "");
    }

    static string PeriodFigures(IReadOnlyList<StravaActivity> runs)
    {
        runs = [.. runs.Where(a => a.Family == SportFamilies.Running)];
        if (runs.Count == 0)
        {
            return "no runs";
        }

        var km = runs.Sum(a => a.DistanceKm);
        var parts = new List<string> { $"{RunFigures.Km(km)} km", $"{runs.Count} run{(runs.Count == 1 ? "" : "s")}" };
        if (RunFigures.Pace(km * 1000, runs.Sum(a => a.MovingTimeSeconds)) is { } pace)
        {
            parts.Add(pace);
        }

        var withHr = runs.Where(a => a.AverageHeartrate is not null).ToList();
        if (withHr.Count > 0)
        {
            var weighted = withHr.Sum(a => a.AverageHeartrate!.Value * a.MovingTimeSeconds) / Math.Max(1, withHr.Sum(a => a.MovingTimeSeconds));
            parts.Add($"HR {weighted:0}");
        }

        parts.Add($"long {RunFigures.Km(runs.Max(a => a.DistanceKm))}");
        return string.Join(" · ", parts);
    }

    /// <summary>The week's race, else its workout (Strava's workout_type), else nothing.</summary>
    static string KeySession(IEnumerable<StravaActivity> week)
    {
        var key = week.Where(a => a.Family == SportFamilies.Running && a.WorkoutType is 1 or 3)
            .OrderBy(a => a.WorkoutType == 1 ? 0 : 1).FirstOrDefault();
        return key is null ? "" : $" · {(key.WorkoutType == 1 ? "race" : "workout")}: {Clip(key.Digest ?? key.Name, 60)}";
    }

    static double RunKm(IEnumerable<StravaActivity> week) => week.Where(a => a.Family == SportFamilies.Running).Sum(a => a.DistanceKm);

    /// <summary>The first of the month a year back: where the month lines end and the year lines begin.</summary>
    static DateOnly YearBack(DateOnly today) => new DateOnly(today.Year, today.Month, 1).AddMonths(-12);

    static DateOnly Monday(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    static string Clip(string text, int max)
    {
        var flat = text.ReplaceLineEndings(" ").Trim();
        return flat.Length <= max ? flat : flat[..(max - 1)].TrimEnd() + "…";
    }
}
