namespace MCPacer.Contracts.Events;

/// <summary>Published once by every service when it has started, so the dashboard can show who is up.</summary>
public sealed record ServiceStarted(string Service, DateTimeOffset At) : IIntegrationEvent
{
    public static string Topic => "service-started";
}
