using Microsoft.AspNetCore.Diagnostics;

using MCPacer.Coach.Storage;

namespace MCPacer.Coach.Api;

/// <summary>Answers a request that met a broken data file with a 500 naming the file and line, so a person can fix it.</summary>
sealed class DataFileExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not DataFileException dataFile)
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "A coach data file is unreadable; fix or remove it",
                Detail = dataFile.Message,
            },
        });
    }
}
