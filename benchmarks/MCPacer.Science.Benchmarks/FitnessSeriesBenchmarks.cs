using BenchmarkDotNet.Attributes;
using MCPacer.Science.Fitness;

namespace MCPacer.Science.Benchmarks;

/// <summary>
/// The daily series the services recompute for the coach: 5,000 activities over ten years summed into days,
/// fitness/fatigue/form and workload ratio for every day, and the weekly monotony, strain and ramp flags (goal:
/// under 100 ms); and the update after one new day, which recomputes that day only but copies the ten years before
/// it (the series is immutable, so readers never see a half-updated one).
/// </summary>
[MemoryDiagnoser]
public class FitnessSeriesBenchmarks
{
    static readonly DateOnly First = new(2016, 6, 1);
    static readonly DateOnly Last = First.AddYears(10).AddDays(-1);

    List<DatedLoad> _activities = [];
    List<RunDistance> _runs = [];
    FitnessSeries _series = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2026);
        var days = Last.DayNumber - First.DayNumber + 1;
        for (var i = 0; i < 5000; i++)
        {
            var date = First.AddDays(random.Next(days));
            var km = 5 + random.NextDouble() * 25;
            _activities.Add(new DatedLoad(date, km * 5.5));
            _runs.Add(new RunDistance(date, km));
        }

        _series = FitnessSeries.Compute(First, DailyLoads.Sum(First, Last, _activities));
    }

    [Benchmark]
    public IReadOnlyList<TrainingWeek> WholeSeries()
    {
        var series = FitnessSeries.Compute(First, DailyLoads.Sum(First, Last, _activities));
        return TrainingWeeks.Summarize(series.Days, _runs);
    }

    [Benchmark]
    public FitnessSeries OneNewDay() => _series.Update(Last.AddDays(1), [62.5]);
}
