using System.Diagnostics;
using System.Text;
using MCPacer.Contracts;
using MCPacer.Contracts.Coach;
using MCPacer.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MCPacer.Coach.Api;

/// <summary>The 400/404/409 answers the coach endpoints share, each naming the field at fault.</summary>
static class Problems
{
    /// <summary>The refusal is an event on the request's span naming the field; the message may quote the runner's text.</summary>
    public static ValidationProblem Invalid(string field, string message)
    {
        WriteTelemetry.AddRefusal(Activity.Current, WriteTelemetry.Invalid, "invalid " + field);
        return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, detail: message);
    }

    public static NotFound<ProblemDetails> NotFound(string message) =>
        TypedResults.NotFound(new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found", Detail = message });

    public static Conflict<ProblemDetails> Stale(string? currentVersion) =>
        TypedResults.Conflict(new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "Stale write",
            Detail = currentVersion is null
                ? "The coach memory was removed since you read it; read it again before writing."
                : $"The coach memory changed since you read it (now version {currentVersion}); read it again and reapply your change.",
        });

    /// <summary>A 400 when <paramref name="content"/> is missing or over the 64 KB limit, else null.</summary>
    public static ValidationProblem? CheckContent(string field, string? content, bool allowEmpty = true)
    {
        if (content is null || (!allowEmpty && string.IsNullOrWhiteSpace(content)))
        {
            return Invalid(field, $"'{field}' is required.");
        }

        var bytes = Encoding.UTF8.GetByteCount(content);
        return bytes > CoachLimits.MaxContentBytes
            ? Invalid(field, $"'{field}' is {bytes} bytes; the limit is {CoachLimits.MaxContentBytes} bytes (64 KB).")
            : null;
    }

    /// <summary>Parses a name (persona) as a slug, or explains why it is refused.</summary>
    public static bool TryParseName(string field, string? value, out Slug name, out ValidationProblem? problem)
    {
        problem = Slug.TryParse(value, out name)
            ? null
            : Invalid(field, $"'{value}' is not a valid name: use {Slug.Rule}.");
        return problem is null;
    }
}
