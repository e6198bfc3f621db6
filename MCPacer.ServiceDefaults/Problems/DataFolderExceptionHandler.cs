using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace MCPacer.ServiceDefaults.Problems;

/// <summary>
/// A write the data folder refused (its disk is full, or it is read-only or not ours to write): 507 saying which and
/// that nothing changed, instead of a 500. Every write goes through AtomicFile, so the old file is still whole.
/// </summary>
public sealed class DataFolderExceptionHandler(IProblemDetailsService problems) : ProblemExceptionHandler(problems)
{
    const int NoSpaceLeft = 28;
    const int ReadOnlyFileSystem = 30;
    const int QuotaExceeded = 122;

    protected override ProblemDetails? Describe(Exception exception, HttpResponse response) => Reason(exception) is { } reason
        ? new ProblemDetails
        {
            Status = StatusCodes.Status507InsufficientStorage,
            Title = "The data folder cannot be written",
            Detail = $"{reason}: nothing was changed, the files are as they were. Fix the data folder and try again.",
        }
        : null;

    static string? Reason(Exception exception) => exception switch
    {
        IOException { HResult: NoSpaceLeft or QuotaExceeded } => "No space is left on the data folder's disk",
        IOException { HResult: ReadOnlyFileSystem } => "The data folder is on a read-only file system",
        UnauthorizedAccessException => "The data folder does not let MCPacer write to it",
        _ => null,
    };
}
