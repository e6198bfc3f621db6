using System.ComponentModel.DataAnnotations;

namespace MCPacer.Plans;

/// <summary>MCPacer:TimeZone, the athlete's IANA time zone ("Europe/Berlin"); the machine's own when unset.</summary>
sealed class AthleteTimeOptions : IValidatableObject
{
    public const string Section = "MCPacer";

    public string? TimeZone { get; set; }

    public TimeZoneInfo Zone => string.IsNullOrWhiteSpace(TimeZone) ? TimeZoneInfo.Local : TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(TimeZone) && !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"MCPacer:TimeZone '{TimeZone}' is not a known time zone (use an IANA name like Europe/Berlin).",
                [nameof(TimeZone)]);
        }
    }
}

/// <summary>Plans:Demo seeds the demo athlete's marathon build (the AppHost passes it with --demo).</summary>
sealed class PlansOptions
{
    public const string Section = "Plans";

    public bool Demo { get; set; }
}

/// <summary>"Today" in the athlete's time zone: plan weeks, the current week and adherence are in local dates.</summary>
sealed class AthleteClock(TimeProvider clock, Microsoft.Extensions.Options.IOptions<AthleteTimeOptions> options)
{
    readonly TimeZoneInfo _zone = options.Value.Zone;

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), _zone).DateTime);
}
