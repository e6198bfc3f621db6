using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using MCPacer.Contracts.Strava;

namespace MCPacer.Plans.Adherence;

/// <summary>The strava service's activity list, the actuals that adherence compares with the plan.</summary>
sealed class StravaActivitiesClient(HttpClient http)
{
    public const string ServiceName = "strava";

    /// <summary>Activities that started on the athlete's local dates from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public async Task<IReadOnlyList<ActivitySummary>> GetActivitiesAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        // after/before are exclusive bounds in Strava's sense; one day either side and a local filter cover both readings.
        var url = string.Create(CultureInfo.InvariantCulture,
            $"/api/strava/activities?after={from.AddDays(-1):yyyy-MM-dd}&before={to.AddDays(1):yyyy-MM-dd}");
        var activities = await http.GetFromJsonAsync<List<ActivitySummary>>(url, cancellationToken) ?? [];
        return [.. activities.Where(a => DateOnly.FromDateTime(a.StartDateLocal) is var day && day >= from && day <= to)];
    }

    /// <summary>The failures that mean "strava is down or not answering sensibly", as opposed to our own cancellation.</summary>
    public static bool IsUnavailable(Exception e, CancellationToken cancellationToken) => e switch
    {
        HttpRequestException or JsonException or Polly.ExecutionRejectedException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };
}
