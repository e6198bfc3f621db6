using MCPacer.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace MCPacer.ServiceDefaults.Problems;

/// <summary>
/// A route value, query or body that cannot be read (a path-like id, a date that is not a date, broken JSON) is the
/// caller's fault: 400 naming the parameter and why, in every environment, and not logged as an unhandled error.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : ProblemExceptionHandler(problems)
{
    protected override ProblemDetails? Describe(Exception exception, HttpResponse response) => exception is BadHttpRequestException bad
        ? new ProblemDetails
        {
            Status = bad.StatusCode,
            Title = "The request could not be read",
            Detail = Explain(bad),
        }
        : null;

    static string Explain(BadHttpRequestException bad)
    {
        var detail = bad.InnerException is { } inner ? $"{bad.Message} {inner.Message}" : bad.Message;
        // The binder names the parameter's type: "Failed to bind parameter \"Slug planId\" from \"../x\"." (or "Nullable<Slug> planId").
        return detail.Contains($"\"{nameof(Slug)} ", StringComparison.Ordinal) || detail.Contains($"\"Nullable<{nameof(Slug)}> ", StringComparison.Ordinal)
            ? $"{detail} Names and ids are {Slug.Rule}."
            : detail;
    }
}
