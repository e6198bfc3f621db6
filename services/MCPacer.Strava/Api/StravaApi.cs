using MCPacer.ServiceDefaults;

namespace MCPacer.Strava.Api;

public static class StravaApi
{
    public static RouteGroupBuilder MapStravaApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/strava").WithTags("Strava");
        api.MapServiceStatus("");
        return api;
    }
}
