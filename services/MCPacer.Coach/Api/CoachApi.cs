using MCPacer.ServiceDefaults;

namespace MCPacer.Coach.Api;

internal static class CoachApi
{
    public static RouteGroupBuilder MapCoachApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/coach").WithTags("Coach");
        api.MapServiceStatus("");
        api.MapMemoryApi();
        api.MapSessionLogsApi();
        api.MapPersonasApi();
        api.MapOnboardingApi();
        api.MapBodyMapApi();
        api.MapPromptsApi();
        api.MapSessionContextApi();
        return api;
    }
}
