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
    /// <summary>The answer for <paramref name="exception"/>, or null when this handler does not know it.</summary>
    protected abstract ProblemDetails? Describe(Exception exception);

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (Describe(exception) is not { } problem)
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
