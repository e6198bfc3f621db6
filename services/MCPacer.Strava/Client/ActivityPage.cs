using MCPacer.Contracts.StravaApi;

namespace MCPacer.Strava.Client;

/// <summary>A page of Strava's activity listing: the records read, and those that could not be read (with why).</summary>
internal sealed record ActivityPage(IReadOnlyList<SummaryActivity> Activities, IReadOnlyList<UnreadableRecord> Unreadable)
{
    /// <summary>How many records Strava listed on the page, read or not.</summary>
    public int Listed => Activities.Count + Unreadable.Count;
}

/// <summary>A record Strava sent that MCPacer could not read: its id when that much was readable, and the reason.</summary>
internal sealed record UnreadableRecord(long? Id, string Reason);
