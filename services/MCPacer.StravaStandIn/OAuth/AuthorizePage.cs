using System.Text;
using System.Text.Encodings.Web;
using MCPacer.Contracts.StravaApi;

namespace MCPacer.StravaStandIn.OAuth;

/// <summary>
/// Strava's consent page, reduced to what matters: the scopes asked for as checkboxes (all ticked; the
/// athlete may untick them, except the basic read), and Authorize / Cancel buttons that post the form
/// back to <c>/oauth/authorize</c>.
/// </summary>
internal static class AuthorizePage
{
    static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        [StravaScopes.Read] = "View data about your public profile (required)",
        [StravaScopes.ReadAll] = "View data about your private routes, segments and events",
        [StravaScopes.ProfileReadAll] = "View your complete Strava profile",
        [StravaScopes.ProfileWrite] = "Update your weight and Functional Threshold Power",
        [StravaScopes.ActivityRead] = "View data about your activities",
        [StravaScopes.ActivityReadAll] = "View data about your private activities",
        [StravaScopes.ActivityWrite] = "Upload your activities and edit their titles and descriptions",
    };

    public static string Render(AuthorizeRequest request, string athleteName)
    {
        var html = HtmlEncoder.Default;
        var page = new StringBuilder();
        page.Append($$"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Authorize application – Strava stand-in</title>
            <style>body{font-family:sans-serif;max-width:32rem;margin:3rem auto} label{display:block;margin:.4rem 0}
            button{padding:.5rem 1.5rem;margin-right:.5rem} .authorize{background:#fc5200;color:#fff;border:0}</style></head>
            <body>
            <h1>Authorize application</h1>
            <p>Application <strong>{{html.Encode(request.ClientId)}}</strong> wants to connect to the Strava account of
            <strong>{{html.Encode(athleteName)}}</strong>.</p>
            <form method="post" action="/oauth/authorize">
            <input type="hidden" name="client_id" value="{{html.Encode(request.ClientId)}}">
            <input type="hidden" name="redirect_uri" value="{{html.Encode(request.RedirectUri)}}">
            <input type="hidden" name="response_type" value="code">
            <input type="hidden" name="state" value="{{html.Encode(request.State ?? "")}}">
            <fieldset><legend>Allow it to</legend>

            """);
        foreach (var scope in request.Scopes.Order(StringComparer.Ordinal))
        {
            var id = html.Encode("scope-" + scope.Replace(':', '-'));
            page.Append(scope == StravaScopes.Read
                ? $"""<label><input type="checkbox" id="{id}" checked disabled> {html.Encode(Descriptions[scope])}</label><input type="hidden" name="scope" value="{scope}">"""
                : $"""<label><input type="checkbox" id="{id}" name="scope" value="{html.Encode(scope)}" checked> {html.Encode(Descriptions[scope])}</label>""");
            page.Append('\n');
        }

        page.Append("""
            </fieldset>
            <p><button type="submit" name="decision" value="authorize" class="authorize">Authorize</button>
            <button type="submit" name="decision" value="cancel">Cancel</button></p>
            </form>
            </body>
            </html>
            """);
        return page.ToString();
    }
}
