using MCPacer.Contracts.StravaApi;

namespace MCPacer.StravaStandIn.OAuth;

/// <summary>What the athlete allowed an application: the scopes left ticked on the authorize page.</summary>
internal sealed record Grant(string ClientId, long AthleteId, IReadOnlySet<string> Scopes)
{
    internal const string ItemKey = "standin.grant";

    public bool Allows(string scope) => Scopes.Contains(scope);

    /// <summary>Private activities need activity:read_all.</summary>
    public bool ReadsPrivateActivities => Allows(StravaScopes.ActivityReadAll);

    /// <summary>Handlers receive the grant the token middleware found for this request's bearer token.</summary>
    public static ValueTask<Grant?> BindAsync(HttpContext context) =>
        ValueTask.FromResult(context.Items[ItemKey] as Grant);
}
