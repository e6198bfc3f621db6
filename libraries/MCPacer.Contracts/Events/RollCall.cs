namespace MCPacer.Contracts.Events;

/// <summary>Asks every running service to announce itself again (sent by a listener that has just started).</summary>
public sealed record RollCall(string From) : IIntegrationEvent
{
    public static string Topic => "roll-call";
}
