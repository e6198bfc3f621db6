using Yarp.ReverseProxy.Model;

namespace MCPacer.Gateway.Routing;

internal static class ServiceUnavailableProblem
{
    /// <summary>A service that is down or too slow answers as a 503 that names it, instead of YARP's bare 502.</summary>
    public static IReverseProxyApplicationBuilder UseServiceUnavailableProblem(this IReverseProxyApplicationBuilder proxy)
    {
        proxy.Use(async (context, next) =>
        {
            await next();

            var error = context.GetForwarderErrorFeature();
            if (error is null || context.Response.HasStarted)
            {
                return;
            }

            var service = context.GetReverseProxyFeature().Route.Config.ClusterId ?? "requested";
            context.Response.Clear();
            await Results.Problem(
                    statusCode: StatusCodes.Status503ServiceUnavailable,
                    title: $"The {service} service is not answering.",
                    detail: $"MCPacer's {service} service is down or restarting ({error.Error}). Try again in a moment.")
                .ExecuteAsync(context);
        });
        return proxy;
    }
}
