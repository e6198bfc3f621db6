using MCPacer.Coach.Storage;
using MCPacer.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Mvc;

namespace MCPacer.Coach.Api;

/// <summary>Answers a request that met a broken data file with a 500 naming the file and line, so a person can fix it.</summary>
sealed class DataFileExceptionHandler(IProblemDetailsService problems) : ProblemExceptionHandler(problems)
{
    protected override ProblemDetails? Describe(Exception exception, HttpResponse response) => exception is DataFileException dataFile
        ? new ProblemDetails
        {
            Status = StatusCodes.Status500InternalServerError,
            Title = "A coach data file is unreadable; fix or remove it",
            Detail = dataFile.Message,
        }
        : null;
}
