using Microsoft.AspNetCore.Diagnostics;

namespace MCPacer.Coach.Api;

/// <summary>
/// A body that cannot be read (bad JSON, a date that is not a date, an unknown sensation) is the client's fault: 400 with
/// the reader's message naming the field, in every environment (Development would otherwise surface it as a 500).
/// </summary>
sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = badRequest.StatusCode,
                Title = "The request could not be read",
                Detail = badRequest.InnerException is { } inner ? $"{badRequest.Message} {inner.Message}" : badRequest.Message,
            },
        });
    }
}
