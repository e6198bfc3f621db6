using MCPacer.Contracts.Plans;
using System.Diagnostics;
using MCPacer.Plans.Store;
using MCPacer.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MCPacer.Plans.Api;

/// <summary>Turns store outcomes into HTTP: the plan with its ETag, or a ProblemDetails naming what is wrong.</summary>
static class PlanResults
{
    /// <summary>The revision from If-Match ("abc", W/"abc"); null when absent or "*".</summary>
    public static string? ExpectedRevision(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*")
        {
            return null;
        }

        if (header.StartsWith("W/", StringComparison.Ordinal))
        {
            header = header[2..];
        }

        return header.Trim('"');
    }

    public static void SetETag(HttpResponse response, string revision) => response.Headers.ETag = $"\"{revision}\"";

    public static Results<Ok<TrainingPlan>, NotFound<ProblemDetails>, Conflict<ProblemDetails>, BadRequest<ProblemDetails>> From(
        PlanWrite write, HttpResponse response)
    {
        switch (write)
        {
            case PlanWrite.Saved saved:
                SetETag(response, saved.Document.Revision);
                return TypedResults.Ok(saved.Document.Plan);
            case PlanWrite.NotFound notFound:
                return TypedResults.NotFound(Problem(StatusCodes.Status404NotFound, "Not found", notFound.Message));
            case PlanWrite.Stale stale:
                SetETag(response, stale.CurrentRevision);
                return TypedResults.Conflict(Problem(StatusCodes.Status409Conflict, "The plan changed since you read it",
                    $"the plan is now at revision {stale.CurrentRevision}; read it again and reapply your change", ("current_revision", stale.CurrentRevision)));
            case PlanWrite.Refused refused:
                return TypedResults.Conflict(Problem(StatusCodes.Status409Conflict, "The plan cannot be edited this way", refused.Message,
                    ("problems", refused.Problems ?? [])));
            case PlanWrite.Invalid invalid:
                return TypedResults.BadRequest(Problem(StatusCodes.Status400BadRequest, "The change would make the plan invalid",
                    string.Join("; ", invalid.Problems.Select(p => $"{p.Field}: {p.Message}")), ("problems", invalid.Problems)));
            default:
                throw new InvalidOperationException($"unexpected outcome {write}");
        }
    }

    /// <summary>The write's outcome on its span and in the writes count; a refusal names fields and revisions only.</summary>
    public static void Record(WriteTelemetry telemetry, Activity? span, PlanWrite write)
    {
        switch (write)
        {
            case PlanWrite.Saved saved:
                telemetry.RecordSaved(span, "plan", saved.Document.Revision);
                break;
            case PlanWrite.Deleted:
                telemetry.RecordSaved(span, "plan", "deleted");
                break;
            case PlanWrite.Stale stale:
                telemetry.RecordRefused(span, "plan", WriteTelemetry.Stale, $"the plan is now at revision {stale.CurrentRevision}");
                break;
            case PlanWrite.Invalid invalid:
                telemetry.RecordRefused(span, "plan", WriteTelemetry.Invalid, ProblemsIn(invalid.Problems));
                break;
            case PlanWrite.Refused refused:
                telemetry.RecordRefused(span, "plan", WriteTelemetry.Refused,
                    refused.Problems is { Count: > 0 } problems ? ProblemsIn(problems) : "the plan's state does not allow it");
                break;
            case PlanWrite.NotFound:
                telemetry.RecordRefused(span, "plan", WriteTelemetry.NotFound, "the plan, week or run is not there");
                break;
        }
    }

    static string ProblemsIn(IEnumerable<PlanProblem> problems) => "problems in " + string.Join(", ", problems.Select(p => p.Field).Distinct());

    public static ProblemDetails Problem(int status, string title, string detail, params (string Key, object Value)[] extensions)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        foreach (var (key, value) in extensions)
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }

    public static BadRequest<ProblemDetails> Invalid(Dictionary<string, string[]> errors)
    {
        WriteTelemetry.AddRefusal(Activity.Current, WriteTelemetry.Invalid,
            "invalid " + string.Join(", ", errors.Keys.Select(k => k.Length > 0 ? k : "body")));
        return TypedResults.BadRequest(Problem(StatusCodes.Status400BadRequest, "The request is not valid",
            string.Join("; ", errors.Select(e => e.Key.Length > 0 ? $"{e.Key}: {string.Join(", ", e.Value)}" : string.Join(", ", e.Value))),
            ("errors", errors)));
    }

    public static NotFound<ProblemDetails> PlanNotFound(string id) =>
        TypedResults.NotFound(Problem(StatusCodes.Status404NotFound, "Not found", $"plan '{id}' not found; GET /api/plans lists the plans"));
}
