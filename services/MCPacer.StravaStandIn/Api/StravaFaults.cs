using MCPacer.Contracts.StravaApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MCPacer.StravaStandIn.Api;

/// <summary>Strava's error answers, body and status as Strava sends them.</summary>
internal static class StravaFaults
{
    public static JsonHttpResult<Fault> InvalidToken() =>
        Create(StatusCodes.Status401Unauthorized, "Authorization Error", "Athlete", "access_token", "invalid");

    /// <summary>The token lacks a scope; <paramref name="permission"/> is Strava's name for it ("activity:write_permission").</summary>
    public static JsonHttpResult<Fault> MissingPermission(string permission) =>
        Create(StatusCodes.Status401Unauthorized, "Authorization Error", "AccessToken", permission, "missing");

    public static JsonHttpResult<Fault> NotFound(string resource) =>
        Create(StatusCodes.Status404NotFound, "Record Not Found", resource, "id", "invalid");

    /// <summary>Strava's 404 for something the activity does not have (the streams of a manual activity): no errors listed.</summary>
    public static JsonHttpResult<Fault> ResourceNotFound() =>
        TypedResults.Json(new Fault { Message = "Resource Not Found" }, statusCode: StatusCodes.Status404NotFound);

    /// <summary>Another athlete's data: Strava serves only the authenticated athlete's.</summary>
    public static JsonHttpResult<Fault> Forbidden(string resource, string field) =>
        Create(StatusCodes.Status403Forbidden, "Authorization Error", resource, field, "invalid");

    public static JsonHttpResult<Fault> BadRequest(string resource, string field, string code = "invalid") =>
        Create(StatusCodes.Status400BadRequest, "Bad Request", resource, field, code);

    /// <summary>Wrong client id or secret at the token endpoint.</summary>
    public static JsonHttpResult<Fault> InvalidClient(string field) =>
        Create(StatusCodes.Status401Unauthorized, "Bad Request", "Application", field, "invalid");

    public static JsonHttpResult<Fault> RateLimitExceeded() =>
        Create(StatusCodes.Status429TooManyRequests, "Rate Limit Exceeded", "Application", "rate limit", "exceeded");

    public static JsonHttpResult<Fault> ServerError(int status) =>
        TypedResults.Json(new Fault { Message = "Something went wrong on our side. Please try again later." }, statusCode: status);

    static JsonHttpResult<Fault> Create(int status, string message, string resource, string field, string code) =>
        TypedResults.Json(
            new Fault { Message = message, Errors = [new FaultError { Resource = resource, Field = field, Code = code }] },
            statusCode: status);
}
