using MCPacer.Contracts.StravaApi;

namespace MCPacer.StravaStandIn.OAuth;

/// <summary>
/// Endpoint metadata: a valid bearer token is required, holding at least one of <see cref="AnyOf"/>
/// (none listed: any valid token). <see cref="Permission"/> is the name Strava reports when it is missing.
/// </summary>
internal sealed record StravaScopeRequirement(string Permission, params string[] AnyOf)
{
    public static StravaScopeRequirement AnyToken { get; } = new("access_token");

    public static StravaScopeRequirement ReadProfile { get; } =
        new("read_permission", StravaScopes.Read, StravaScopes.ReadAll, StravaScopes.ProfileReadAll);

    public static StravaScopeRequirement ReadActivities { get; } =
        new("activity:read_permission", StravaScopes.ActivityRead, StravaScopes.ActivityReadAll);

    public static StravaScopeRequirement WriteActivities { get; } =
        new("activity:write_permission", StravaScopes.ActivityWrite);

    public bool IsMetBy(Grant grant) => AnyOf.Length == 0 || AnyOf.Any(grant.Allows);
}

internal static class StravaScopeRequirementExtensions
{
    public static TBuilder RequireStravaScope<TBuilder>(this TBuilder builder, StravaScopeRequirement requirement)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(requirement);
}
