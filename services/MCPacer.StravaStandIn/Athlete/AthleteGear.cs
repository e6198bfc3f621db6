using MCPacer.Contracts.StravaApi;

namespace MCPacer.StravaStandIn.Athlete;

/// <summary>The athlete's shoes (every run) and bike (every ride), with the meters the history puts on them.</summary>
internal sealed class AthleteGear
{
    /// <summary>The athlete's functional threshold power, watts: where the power rides' intensity is measured from.</summary>
    public const int Ftp = 245;

    public AthleteGear(TrainingHistory history)
    {
        double Meters(Func<PlannedActivity, bool> uses) =>
            Math.Round(history.NewestFirst.Where(uses).Sum(a => a.Segments.Sum(s => s.ExpectedMeters)));
        SummaryGear Gear(string id, string name, double meters) =>
            new() { Id = id, Primary = true, Name = name, Distance = meters, ConvertedDistance = Math.Round(meters / 1000, 1) };
        Shoes = Gear("g1042", "Pegasus 41", Meters(a => a.IsRun));
        Bike = Gear("b2077", "Gravel bike", Meters(a => a.SportType == SportTypes.Ride));
    }

    public SummaryGear Shoes { get; }

    public SummaryGear Bike { get; }

    /// <summary>What the activity was done with; null for strength and the like.</summary>
    public SummaryGear? For(string sportType) => sportType switch
    {
        SportTypes.Run or SportTypes.VirtualRun or SportTypes.TrailRun => Shoes,
        SportTypes.Ride => Bike,
        _ => null,
    };
}
