namespace MCPacer.Contracts.Stack;

/// <summary>
/// &lt;data-dir&gt;/apphost/resources.json, kept current by the AppHost: every resource's state, health, address,
/// process id and restart count, for the mcpacer CLI and the tests (JSON with web defaults: camelCase).
/// </summary>
public sealed record ResourceStates(DateTimeOffset UpdatedAt, IReadOnlyList<ResourceState> Resources);

public sealed record ResourceState(string Name, string Type, string? State, string? Health, string? Url, int? Pid, int Restarts);
