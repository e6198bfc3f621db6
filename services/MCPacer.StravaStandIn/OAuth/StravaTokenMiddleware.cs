using MCPacer.StravaStandIn.Api;

namespace MCPacer.StravaStandIn.OAuth;

/// <summary>
/// Checks the bearer token of every endpoint that carries a <see cref="StravaScopeRequirement"/> and
/// answers 401 with Strava's error body when it is missing, unknown, expired or lacks a scope.
/// The grant it finds is what handlers bind as <see cref="Grant"/>.
/// </summary>
internal sealed class StravaTokenMiddleware(RequestDelegate next)
{
    const string BearerPrefix = "Bearer ";

    public async Task InvokeAsync(HttpContext context, TokenStore tokens)
    {
        var requirements = context.GetEndpoint()?.Metadata.GetOrderedMetadata<StravaScopeRequirement>() ?? [];
        if (requirements.Count == 0)
        {
            await next(context);
            return;
        }

        var header = context.Request.Headers.Authorization.ToString();
        var grant = header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            ? tokens.Authenticate(header[BearerPrefix.Length..].Trim())
            : null;
        if (grant is null)
        {
            await StravaFaults.InvalidToken().ExecuteAsync(context);
            return;
        }

        if (requirements.FirstOrDefault(r => !r.IsMetBy(grant)) is { } missing)
        {
            await StravaFaults.MissingPermission(missing.Permission).ExecuteAsync(context);
            return;
        }

        context.Items[Grant.ItemKey] = grant;
        await next(context);
    }
}
