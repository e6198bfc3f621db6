using Microsoft.AspNetCore.Http.Metadata;

namespace MCPacer.Plans.Api;

/// <summary>
/// A route value or body that cannot be read (a path-like plan id, a date that is not YYYY-MM-DD, broken JSON)
/// is a 400 whose detail says which parameter and why, instead of an empty answer.
/// </summary>
static class BadInput
{
    public static void Explain(ProblemDetailsContext context)
    {
        if (context.Exception is not BadHttpRequestException bad)
        {
            return;
        }

        context.ProblemDetails.Status = bad.StatusCode;
        context.HttpContext.Response.StatusCode = bad.StatusCode;
        context.ProblemDetails.Detail = bad.Message.Contains("Slug", StringComparison.Ordinal)
            ? $"{bad.Message} Plan ids are 1-{MCPacer.Contracts.Slug.MaxLength} lowercase letters, digits, '-' or '_'."
            : bad.Message;
    }
}
