using Microsoft.AspNetCore.Http;

namespace MCPacer.ServiceDefaults.Security;

/// <summary>
/// Refuses a write or a WebSocket upgrade whose Origin is not this site: a page on another site cannot
/// drive MCPacer through the runner's browser even though the browser holds the token cookie.
/// Requests without an Origin (curl, MCP clients) are not browsers' cross-site requests and pass.
/// </summary>
internal sealed class SameOriginMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var guarded = !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
            || IsWebSocketUpgrade(request);

        if (!guarded || IsSameOrigin(request))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return context.Response.WriteAsJsonAsync(new
        {
            title = "Cross-origin request refused.",
            detail = "MCPacer accepts writes and terminal connections only from its own pages.",
            status = 403,
        });
    }

    static bool IsWebSocketUpgrade(HttpRequest request) =>
        string.Equals(request.Headers.Upgrade.ToString(), "websocket", StringComparison.OrdinalIgnoreCase);

    public static bool IsSameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(origin))
        {
            return true;
        }

        // Behind the gateway the browser's host arrives as X-Forwarded-Host.
        var host = request.Headers["X-Forwarded-Host"].ToString();
        if (string.IsNullOrEmpty(host))
        {
            host = request.Host.Value ?? "";
        }

        return Uri.TryCreate(origin, UriKind.Absolute, out var originUri)
            && string.Equals(originUri.Authority, host, StringComparison.OrdinalIgnoreCase);
    }
}
