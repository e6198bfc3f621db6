using MCPacer.Contracts.Demo;
using MCPacer.Contracts.StravaApi;
using Microsoft.Extensions.Options;

namespace MCPacer.StravaStandIn.Athlete;

/// <summary>
/// The demo athlete: who they are and every activity they did, generated from the random seed (StandIn:Seed). The history is
/// planned up front (cheap); samples are simulated only when an activity is asked for.
/// </summary>
internal sealed class AthleteGenerator
{
    public AthleteGenerator(IOptions<StandInOptions> options, TimeProvider time)
    {
        var settings = options.Value;
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(DemoMarathonBuild.TimeZone);
        Today = settings.Today ?? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), TimeZone).DateTime);
        History = new TrainingHistory(Today, settings.HistoryDays, settings.Seed, TimeZone);
        Fitness = new Fitness(History.BuildStart);
        Simulator = new ActivitySimulator(Fitness, settings.HomeLatitude, settings.HomeLongitude, settings.Seed);

        var random = StableRandom.For(settings.Seed, 0, 9);
        var firstActivity = History.NewestFirst.Count > 0 ? History.NewestFirst[^1].StartUtc : time.GetUtcNow();
        Gear = new AthleteGear(History);
        Athlete = new DetailedAthlete
        {
            Id = 20_000_000 + Math.Abs(settings.Seed % 1_000_000),
            ResourceState = 3,
            Username = "demo-runner",
            Firstname = random.Pick(["Alex", "Sam", "Kim", "Robin", "Jules"]),
            Lastname = random.Pick(["Weber", "Schulz", "Brandt", "Berg", "Lange"]),
            Bio = "Chasing a sub-3 marathon.",
            City = "Berlin",
            State = "Berlin",
            Country = "Germany",
            Sex = random.Chance(0.5) ? "F" : "M",
            CreatedAt = firstActivity.AddDays(-30),
            UpdatedAt = firstActivity.AddDays(-30),
            Weight = 68,
            Premium = true,
            Summit = true,
            BadgeTypeId = 1,
            // Strava's placeholder paths for an athlete without a photo.
            Profile = "avatar/athlete/large.png",
            ProfileMedium = "avatar/athlete/medium.png",
            MeasurementPreference = "meters",
            DatePreference = "%d/%m/%Y",
            AthleteType = 1,
            Ftp = AthleteGear.Ftp,
            FollowerCount = 23 + random.Next(20),
            FriendCount = 31 + random.Next(20),
            Shoes = [Gear.Shoes],
            Bikes = [Gear.Bike],
            CanFollow = true,
        };
        Summary = new SummaryAthlete
        {
            Id = Athlete.Id, Username = Athlete.Username, Firstname = Athlete.Firstname, Lastname = Athlete.Lastname,
            City = Athlete.City, State = Athlete.State, Country = Athlete.Country, Sex = Athlete.Sex,
            Premium = Athlete.Premium, Summit = Athlete.Summit, CreatedAt = Athlete.CreatedAt, UpdatedAt = Athlete.UpdatedAt,
            BadgeTypeId = Athlete.BadgeTypeId, Profile = Athlete.Profile, ProfileMedium = Athlete.ProfileMedium,
        };
        Mapper = new StravaActivityMapper(Athlete.Id, TimeZone, Fitness, Gear);
    }

    /// <summary>The local date the marathon build is anchored on (a day of week 9).</summary>
    public DateOnly Today { get; }

    public TimeZoneInfo TimeZone { get; }

    /// <summary>The athlete as <c>GET /athlete</c> serves them.</summary>
    public DetailedAthlete Athlete { get; }

    /// <summary>The athlete as the token exchange returns them (resource_state 2, no preferences or gear).</summary>
    public SummaryAthlete Summary { get; }

    public AthleteGear Gear { get; }

    public TrainingHistory History { get; }

    public Fitness Fitness { get; }

    public ActivitySimulator Simulator { get; }

    public StravaActivityMapper Mapper { get; }
}
