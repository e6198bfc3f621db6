using MCPacer.ServiceDefaults;

namespace MCPacer.Plans.Api;

public static class PlansApi
{
    public static RouteGroupBuilder MapPlansApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/plans").WithTags("Plans");
        api.MapServiceStatus("");
        return api;
    }
}
