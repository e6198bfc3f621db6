using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace MCPacer.ServiceDefaults.Problems;

/// <summary>
/// Answers the exceptions a service expects with a ProblemDetails the caller can act on (the right status, the field
/// or file at fault) instead of a 500; every other exception is left to the default handler.
/// </summary>
public abstract class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    /// <summary>
    /// The answer for <paramref name="exception"/>, or null when this handler does not know it; an answer that needs
    /// headers besides its body (Retry-After, say) sets them on <paramref name="response"/>.
    /// </summary>
    protected abstract ProblemDetails? Describe(Exception exception, HttpResponse response);

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (Describe(exception, httpContext.Response) is not { } problem)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status ??= StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = problem,
        });
    }
}
