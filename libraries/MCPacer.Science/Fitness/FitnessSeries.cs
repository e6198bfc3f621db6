namespace MCPacer.Science.Fitness;

/// <summary>
/// The daily fitness (CTL), fatigue (ATL), form (TSB), ramp rate and acute:chronic workload ratio of a load history
/// (Banister 1975 impulse-response; Coggan's Performance Manager constants; Williams et al. 2017 EWMA ratio), see
/// <see cref="FitnessDay"/> for the conventions. Immutable: <see cref="Update"/> returns a new series that shares
/// nothing and recomputes only from the first changed day. The series starts from zero fitness and fatigue.
/// </summary>
public sealed class FitnessSeries
{
    readonly FitnessDay[] _days;

    FitnessSeries(DateOnly firstDay, FitnessDay[] days, FitnessSettings settings)
    {
        FirstDay = firstDay;
        _days = days;
        Settings = settings;
    }

    /// <summary>The day of the first load.</summary>
    public DateOnly FirstDay { get; }

    /// <summary>The day of the last load.</summary>
    public DateOnly LastDay => FirstDay.AddDays(_days.Length - 1);

    /// <summary>The time constants in use.</summary>
    public FitnessSettings Settings { get; }

    /// <summary>Every day from <see cref="FirstDay"/> to <see cref="LastDay"/>.</summary>
    public ReadOnlySpan<FitnessDay> Days => _days;

    /// <summary>The day's values, or null outside the series.</summary>
    public FitnessDay? On(DateOnly date)
    {
        var index = date.DayNumber - FirstDay.DayNumber;
        return (uint)index < (uint)_days.Length ? _days[index] : null;
    }

    /// <summary>The series of daily loads starting on <paramref name="firstDay"/> (at least one day).</summary>
    public static FitnessSeries Compute(DateOnly firstDay, ReadOnlySpan<double> dailyLoads, FitnessSettings? settings = null)
    {
        if (dailyLoads.IsEmpty)
        {
            throw new ArgumentException("A fitness series needs at least one day.", nameof(dailyLoads));
        }

        var days = new FitnessDay[dailyLoads.Length];
        settings ??= FitnessSettings.Standard;
        Fill(days, 0, firstDay, dailyLoads, settings);
        return new FitnessSeries(firstDay, days, settings);
    }

    /// <summary>
    /// The series with the loads from <paramref name="fromDay"/> on replaced by <paramref name="loadsFromThatDay"/>
    /// (which may run past <see cref="LastDay"/> to extend it, or end earlier to shorten it). Days before
    /// <paramref name="fromDay"/> are copied, not recomputed. <paramref name="fromDay"/> may be at most the day after
    /// <see cref="LastDay"/>; a day with no new activity must be passed as 0.
    /// </summary>
    public FitnessSeries Update(DateOnly fromDay, ReadOnlySpan<double> loadsFromThatDay)
    {
        var start = fromDay.DayNumber - FirstDay.DayNumber;
        if (start < 0 || start > _days.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(fromDay), fromDay, $"An update starts between {FirstDay} and the day after {LastDay}.");
        }

        var days = new FitnessDay[start + loadsFromThatDay.Length];
        if (days.Length == 0)
        {
            throw new ArgumentException("A fitness series needs at least one day.", nameof(loadsFromThatDay));
        }

        _days.AsSpan(0, start).CopyTo(days);
        Fill(days, start, FirstDay, loadsFromThatDay, Settings);
        return new FitnessSeries(FirstDay, days, Settings);
    }

    static void Fill(FitnessDay[] days, int start, DateOnly firstDay, ReadOnlySpan<double> loads, FitnessSettings settings)
    {
        var fitnessWeight = 1 - Math.Exp(-1 / settings.FitnessDays);
        var fatigueWeight = 1 - Math.Exp(-1 / settings.FatigueDays);
        var acuteWeight = 2.0 / (settings.AcuteDays + 1);
        var chronicWeight = 2.0 / (settings.ChronicDays + 1);

        var previous = start > 0 ? days[start - 1] : default;
        for (var i = start; i < days.Length; i++)
        {
            var load = loads[i - start];
            var fitness = previous.Fitness + (load - previous.Fitness) * fitnessWeight;
            var fatigue = previous.Fatigue + (load - previous.Fatigue) * fatigueWeight;
            var acute = previous.AcuteLoad + (load - previous.AcuteLoad) * acuteWeight;
            var chronic = previous.ChronicLoad + (load - previous.ChronicLoad) * chronicWeight;
            var weekAgo = i >= 7 ? days[i - 7].Fitness : 0;
            var ratio = i + 1 >= settings.ChronicDays && chronic > 0 ? acute / chronic : (double?)null;

            days[i] = previous = new FitnessDay(
                firstDay.AddDays(i), load, fitness, fatigue, previous.Fitness - previous.Fatigue, fitness - weekAgo, acute, chronic, ratio);
        }
    }
}
