using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace MCPacer.Strava.Auth;

/// <summary>
/// Connects the stand-in's demo athlete server-side, the way a browser would: opens the stand-in's
/// authorization page, submits its Authorize form, takes the code from the redirect and exchanges it.
/// </summary>
public sealed partial class DemoAthleteConnector(
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
        var authorize = await connector.AuthorizeUrlAsync(RedirectUri, state, cancellationToken);
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

    /// <summary>The first POST form of the page: its absolute action and its named inputs.</summary>
    sealed partial record AuthorizeForm(Uri Action, Dictionary<string, string> Fields)
    {
        public static AuthorizeForm? Parse(string html, Uri page)
        {
            var form = FormPattern().Matches(html).FirstOrDefault(m => m.Groups["attrs"].Value.Contains("post", StringComparison.OrdinalIgnoreCase));
            if (form is null)
            {
                return null;
            }

            var action = Attribute(form.Groups["attrs"].Value, "action");
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (Match input in InputPattern().Matches(form.Groups["body"].Value))
            {
                if (Attribute(input.Value, "name") is { Length: > 0 } name)
                {
                    fields[name] = Attribute(input.Value, "value") ?? "";
                }
            }

            return new AuthorizeForm(string.IsNullOrEmpty(action) ? page : new Uri(page, WebUtility.HtmlDecode(action)), fields);
        }

        static string? Attribute(string tag, string name)
        {
            var match = Regex.Match(tag, $"""\b{name}\s*=\s*(?:"(?<v>[^"]*)"|'(?<v>[^']*)')""", RegexOptions.IgnoreCase);
            return match.Success ? WebUtility.HtmlDecode(match.Groups["v"].Value) : null;
        }

        [GeneratedRegex("""<form(?<attrs>[^>]*)>(?<body>.*?)</form>""", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
        private static partial Regex FormPattern();

        [GeneratedRegex("""<(?:input|button)\b[^>]*>""", RegexOptions.IgnoreCase)]
        private static partial Regex InputPattern();
    }
}
