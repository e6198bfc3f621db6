namespace MCPacer.Contracts;

/// <summary>What each service answers at its status endpoint: who it is and since when it runs.</summary>
public sealed record ServiceStatus(string Service, string Version, DateTimeOffset StartedAt);
