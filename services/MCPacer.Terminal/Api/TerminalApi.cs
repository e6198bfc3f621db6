using MCPacer.ServiceDefaults;

namespace MCPacer.Terminal.Api;

public static class TerminalApi
{
    public static RouteGroupBuilder MapTerminalApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/terminal").WithTags("Terminal");
        api.MapServiceStatus("");
        return api;
    }
}
