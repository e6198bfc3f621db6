using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using MCPacer.Contracts.Strava;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace MCPacer.Strava.Auth;

/// <summary>
/// Connects the stand-in's demo athlete server-side, the way a browser would: opens the stand-in's
/// authorization page, submits its Authorize form, takes the code from the redirect and exchanges it.
/// </summary>
internal sealed partial class DemoAthleteConnector(
    HttpClient http,
    StravaConnector connector,
    IOptions<StravaOptions> options,
    ILogger<DemoAthleteConnector> logger)
{
    /// <summary>Never visited: the redirect is read from the Location header instead of followed.</summary>
    static readonly Uri RedirectUri = new("http://localhost/api/strava/auth/callback");

    /// <summary>Returns the problem to show, or null once the demo athlete is connected.</summary>
    public async Task<string?> ConnectAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await connector.SaveCredentialsAsync(new StravaAppCredentials(settings.DemoClientId, settings.DemoClientSecret), cancellationToken);

        var state = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var authorize = await connector.AuthorizeUrlAsync(RedirectUri, state, StravaConnector.OpenedBy.Service, cancellationToken);
        using var page = await http.GetAsync(authorize, cancellationToken);
        if (!page.IsSuccessStatusCode)
        {
            return $"The Strava stand-in answered {(int)page.StatusCode} to its authorization page; is it running at {settings.EffectiveBaseUrl}?";
        }

        var html = await page.Content.ReadAsStringAsync(cancellationToken);
        if (AuthorizeForm.Parse(html, authorize) is not { } form)
        {
            return "The Strava stand-in's authorization page has no Authorize form.";
        }

        using var body = new FormUrlEncodedContent(form.Fields);
        using var approved = await http.PostAsync(form.Action, body, cancellationToken);
        if (approved.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther) || approved.Headers.Location is null)
        {
            return $"The Strava stand-in answered {(int)approved.StatusCode} to the Authorize button instead of redirecting.";
        }

        var query = QueryHelpers.ParseQuery(approved.Headers.Location.Query);
        if (query["state"] != state || string.IsNullOrEmpty(query["code"]))
        {
            return "The Strava stand-in redirected without a code or with the wrong state.";
        }

        var problem = await connector.CompleteAsync(query["code"]!, query["scope"], cancellationToken);
        if (problem is null)
        {
            LogDemoConnected();
        }

        return problem;
    }

    [LoggerMessage(LogLevel.Information, "The demo athlete is connected")]
    partial void LogDemoConnected();

    /// <summary>
    /// The page's POST form as a browser would submit it with every box left ticked: hidden inputs, checked
    /// boxes (each scope its own field) and the first submit button (Authorize), nothing disabled.
    /// </summary>
    sealed partial record AuthorizeForm(Uri Action, List<KeyValuePair<string, string>> Fields)
    {
        public static AuthorizeForm? Parse(string html, Uri page)
        {
            var form = FormPattern().Matches(html).FirstOrDefault(m => Attribute(m.Groups["attrs"].Value, "method") is { } method
                && method.Equals("post", StringComparison.OrdinalIgnoreCase));
            if (form is null)
            {
                return null;
            }

            var fields = new List<KeyValuePair<string, string>>();
            var submitted = false;
            foreach (Match control in ControlPattern().Matches(form.Groups["body"].Value))
            {
                var tag = control.Value;
                var type = Attribute(tag, "type")?.ToLowerInvariant() ?? (control.Groups["kind"].Value.Equals("button", StringComparison.OrdinalIgnoreCase) ? "submit" : "text");
                if (Attribute(tag, "name") is not { Length: > 0 } name || HasFlag(tag, "disabled")
                    || type is "checkbox" or "radio" && !HasFlag(tag, "checked"))
                {
                    continue;
                }

                if (type == "submit")
                {
                    if (submitted)
                    {
                        continue;
                    }

                    submitted = true;
                }

                fields.Add(new(name, Attribute(tag, "value") ?? ""));
            }

            var action = Attribute(form.Groups["attrs"].Value, "action");
            return new AuthorizeForm(string.IsNullOrEmpty(action) ? page : new Uri(page, action), fields);
        }

        static string? Attribute(string tag, string name)
        {
            var match = Regex.Match(tag, $"""\s{name}\s*=\s*(?:"(?<v>[^"]*)"|'(?<v>[^']*)')""", RegexOptions.IgnoreCase);
            return match.Success ? WebUtility.HtmlDecode(match.Groups["v"].Value) : null;
        }

        static bool HasFlag(string tag, string flag) => Regex.IsMatch(tag, $"""\s{flag}(?=[\s>=/])""", RegexOptions.IgnoreCase);

        [GeneratedRegex("""<form(?<attrs>[^>]*)>(?<body>.*?)</form>""", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
        private static partial Regex FormPattern();

        [GeneratedRegex("""<(?<kind>input|button)\b[^>]*>""", RegexOptions.IgnoreCase)]
        private static partial Regex ControlPattern();
    }
}
