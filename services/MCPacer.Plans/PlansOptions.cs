namespace MCPacer.Plans;

/// <summary>Plans:Demo seeds the demo athlete's marathon build (the AppHost passes it with --demo).</summary>
sealed class PlansOptions
{
    public const string Section = "Plans";

    public bool Demo { get; set; }
}
