using MCPacer.Contracts.StravaApi;
using MCPacer.StravaStandIn.OAuth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MCPacer.StravaStandIn.Traffic;

/// <summary><c>POST /_standin/faults</c>: not Strava's, a fault played on demand for the fault tests and demos.</summary>
internal static class FaultEndpoints
{
    public const int MaxCount = 1000;

    public static RouteHandlerBuilder MapStandInFaults(this IEndpointRouteBuilder app) =>
        app.MapPost("/_standin/faults", PlayFault)
            .DisableAntiforgery()
            .WithTags("Stand-in")
            .WithSummary("The next Count API requests answer 500, 429 or not at all (server-error, rate-limit, timeout); or every access token expires (expire-tokens) or every token is revoked (revoke-tokens) at once");

    static Results<Ok<StandInFault>, ValidationProblem> PlayFault(StandInFault fault, FaultInjector faults, TokenStore tokens)
    {
        if (!StandInFault.Kinds.Contains(fault.Kind))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["kind"] = [$"'{fault.Kind}' is not a fault: {string.Join(", ", StandInFault.Kinds)}."],
            });
        }

        if (fault.Count is < 1 or > MaxCount)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["count"] = [$"The count is 1 to {MaxCount}."] });
        }

        switch (fault.Kind)
        {
            case StandInFault.ExpireTokens:
                tokens.ExpireAccessTokens();
                break;
            case StandInFault.RevokeTokens:
                tokens.RevokeAll();
                break;
            default:
                faults.Script(fault.Kind, fault.Count);
                break;
        }

        return TypedResults.Ok(fault);
    }
}
