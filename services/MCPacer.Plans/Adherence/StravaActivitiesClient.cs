using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using MCPacer.Contracts.Strava;

namespace MCPacer.Plans.Adherence;

/// <summary>The strava service's activity list, the actuals that adherence compares with the plan.</summary>
sealed class StravaActivitiesClient(HttpClient http)
{
    public const string ServiceName = "strava";

    /// <summary>Activities on the athlete's local dates from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public async Task<IReadOnlyList<StravaActivity>> GetActivitiesAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var url = string.Create(CultureInfo.InvariantCulture, $"/api/strava/activities/range?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}");
        return await http.GetFromJsonAsync<List<StravaActivity>>(url, cancellationToken) ?? [];
    }

    /// <summary>The failures that mean "strava is down or not answering sensibly", as opposed to our own cancellation.</summary>
    public static bool IsUnavailable(Exception e, CancellationToken cancellationToken) => e switch
    {
        HttpRequestException or JsonException or Polly.ExecutionRejectedException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };
}
