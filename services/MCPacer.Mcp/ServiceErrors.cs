using MCPacer.Clients;
using ModelContextProtocol;
using ModelContextProtocol.Server;

namespace MCPacer.Mcp;

/// <summary>
/// The one place where a service's failure becomes words for the model: every tool, prompt and resource goes through
/// <see cref="Filter"/>, which turns the clients' exceptions into an <see cref="McpException"/> (a tool error, not a crash).
/// </summary>
static class ServiceErrors
{
    public static McpRequestHandler<TParams, TResult> Filter<TParams, TResult>(McpRequestHandler<TParams, TResult> next) =>
        async (request, ct) =>
        {
            try
            {
                return await next(request, ct);
            }
            catch (ServiceUnavailableException e)
            {
                throw new McpException(ForModel(e, request.Services?.GetService<TimeProvider>() ?? TimeProvider.System), e);
            }
            catch (ServiceRequestException e)
            {
                throw new McpException(e.Message, e);
            }
        };

    /// <summary>
    /// Down or slow: try again; a service that named a time (Strava's rate limit) is not asked again before it;
    /// a 502/503 says why; any other 5xx is the service's fault, in its log.
    /// </summary>
    public static string ForModel(ServiceUnavailableException e, TimeProvider clock)
    {
        if (e.WhenToRetry(clock) is { } when)
        {
            return $"{e.Headline}: this can be fetched {when}, local time. " +
                   "Tell the runner so, and do not call it again before then.";
        }

        return e.Status switch
        {
            null => $"the {e.Service} service is not answering; try again in a moment",
            502 or 503 => $"the {e.Service} service cannot answer right now: {e.Problem ?? "try again in a moment"}",
            _ => $"the {e.Service} service failed ({e.Status}): {e.Problem ?? "see its log"}",
        };
    }
}
