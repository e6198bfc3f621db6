using System.Text.Json;
using System.Text.Json.Nodes;
using MCPacer.Contracts.StravaApi;

namespace MCPacer.StravaStandIn.Api;

/// <summary>
/// Streams in Strava's list form (no <c>key_by_type</c>): an array of streams, each naming its <c>type</c> before
/// its data, series_type, original_size and resolution, in the order of the keyed form.
/// </summary>
internal static class StreamList
{
    public static JsonArray From(StreamSet streams) =>
    [
        .. JsonSerializer.SerializeToNode(streams)!.AsObject().Select(stream =>
        {
            var item = new JsonObject { ["type"] = stream.Key };
            foreach (var (name, value) in stream.Value!.AsObject())
            {
                item[name] = value?.DeepClone();
            }

            return (JsonNode)item;
        }),
    ];
}
