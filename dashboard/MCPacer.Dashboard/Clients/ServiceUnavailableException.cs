namespace MCPacer.Dashboard.Clients;

/// <summary>A service could not be reached or answered with a server error; the page names it and offers a retry.</summary>
public sealed class ServiceUnavailableException(string service, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public string Service { get; } = service;
}

/// <summary>The service refused the request (400, 404, 409) with a ProblemDetails the page can show as it is.</summary>
public sealed class ServiceRequestException(string service, int status, string title, string? detail)
    : Exception(detail ?? title)
{
    public string Service { get; } = service;

    public int Status { get; } = status;

    public string Title { get; } = title;

    public bool IsConflict => Status == 409;
}
