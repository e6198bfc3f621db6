using System.Text.Json.Serialization;

namespace MCPacer.Contracts.Plans;

/// <summary>
/// GET /api/plans/calendar and POST /api/plans/calendar/rotate: the private ICS address for calendar apps.
/// <see cref="FeedPath"/> carries its own token (not the access token); rotating revokes the old address.
/// </summary>
public sealed record CalendarFeed([property: JsonPropertyName("feed_path")] string FeedPath);
