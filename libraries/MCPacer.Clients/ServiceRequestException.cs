namespace MCPacer.Clients;

/// <summary>
/// The service refused the request (400, 404, 409...). The message is its ProblemDetails' detail, else its first
/// validation error, else its title: the service's own words, which name the field or line at fault.
/// </summary>
public sealed class ServiceRequestException(string service, int status, string title, string message) : Exception(message)
{
    /// <summary>A validation problem's messages by field (as the service names them, e.g. maxHeartrate); empty otherwise.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();

    public string Service { get; } = service;

    public int Status { get; } = status;

    public string Title { get; } = title;

    /// <summary>Someone else wrote first (a stale If-Match): reload, and keep what the user typed.</summary>
    public bool IsConflict => Status == 409;
}
