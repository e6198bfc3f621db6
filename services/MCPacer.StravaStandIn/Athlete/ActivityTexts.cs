using System.Globalization;
using MCPacer.Contracts.Demo;
using MCPacer.Contracts.Plans;
using MCPacer.Contracts.StravaApi;

namespace MCPacer.StravaStandIn.Athlete;

/// <summary>Titles and descriptions the athlete gives activities, and Strava's default names for the rest.</summary>
internal static class ActivityTexts
{
    static readonly string[] EasyNotes =
    [
        "Easy, kept it conversational.",
        "Legs heavy from yesterday, just shuffled around the park.",
        "Ran with Jana, chatted the whole way.",
        "Cold and windy along the river. Felt fine.",
        "Tired after a long day at work, but glad I went.",
        "Felt great, probably a bit quick for an easy day.",
    ];

    static readonly string[] WorkoutNotes =
    [
        "Windy on the back stretch, held the pace anyway.",
        "Last two reps were a fight. Right calf tight afterwards.",
        "Smooth. Could have done one more.",
        "Hot evening, HR higher than usual.",
        "Started too fast, settled in by the third rep.",
    ];

    static readonly string[] LongNotes =
    [
        "Gel every 40 minutes, stomach fine.",
        "Hit a rough patch around 25k, came back after a gel.",
        "Negative split without trying. Good sign.",
        "Rain the whole way. Shoes soaked, spirit intact.",
        "Hip a bit sore in the last 5k.",
    ];

    /// <summary>The athlete's own title for workouts, long runs and races; null for everyday runs.</summary>
    public static string? Title(DemoSession session) => session.Type switch
    {
        RunTypes.Intervals or RunTypes.Workout or RunTypes.Tempo or RunTypes.MarathonPace =>
            SessionStructure.MainSet(session.Structure) ?? "Workout",
        RunTypes.Progression => "Progression run",
        RunTypes.Long => session.Structure.Contains("marathon pace", StringComparison.Ordinal)
            ? $"Long run {session.DistanceKm:0}k with MP finish"
            : $"Long run {session.DistanceKm:0}k",
        RunTypes.Race => session.Structure.Split(':')[0],
        _ => null,
    };

    /// <summary>A note on about a third of the runs; more often after workouts and long runs.</summary>
    public static string? Description(DemoSession session, Random random) => session.Type switch
    {
        RunTypes.Intervals or RunTypes.Workout or RunTypes.Tempo or RunTypes.Progression or RunTypes.MarathonPace
            => random.Chance(0.5) ? random.Pick(WorkoutNotes) : null,
        RunTypes.Long => random.Chance(0.45) ? random.Pick(LongNotes) : null,
        RunTypes.Race => $"{session.Structure.Split(':')[0]} done. Thanks for the cheers!",
        RunTypes.Easy or RunTypes.Recovery => random.Chance(0.2) ? random.Pick(EasyNotes) : null,
        _ => null,
    };

    /// <summary>Strava's default name: "Morning Run", "Lunch Ride", "Evening Weight Training", ...</summary>
    public static string DefaultName(TimeOnly start, string sportType)
    {
        var part = start.Hour switch
        {
            < 4 or >= 22 => "Night",
            < 11 => "Morning",
            < 14 => "Lunch",
            < 18 => "Afternoon",
            _ => "Evening",
        };
        var sport = sportType switch
        {
            SportTypes.Ride => "Ride",
            SportTypes.WeightTraining => "Weight Training",
            SportTypes.VirtualRun => "Virtual Run",
            _ => "Run",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{part} {sport}");
    }
}
