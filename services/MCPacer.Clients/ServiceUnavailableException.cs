namespace MCPacer.Clients;

/// <summary>
/// The service could not be reached, did not answer in time or answered with a server error: worth trying again,
/// unlike a refused request. <see cref="Status"/> is null when no answer came at all.
/// </summary>
public sealed class ServiceUnavailableException(string service, int? status, string? problem, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public string Service { get; } = service;

    public int? Status { get; } = status;

    /// <summary>What the service's ProblemDetails said about the failure, if it sent one.</summary>
    public string? Problem { get; } = problem;
}
