using System.Reflection;
using Microsoft.AspNetCore.Routing;

namespace Microsoft.AspNetCore.Builder;

public static class EndpointNames
{
    /// <summary>
    /// Names each endpoint of the group after its handler method (GetPlan) unless WithName named it. The name is the
    /// operation id in the OpenAPI document, so a client generated from it keeps its method names. A lambda has no
    /// usable name and needs WithName; each service's tests check that every operation has an id of its own.
    /// </summary>
    public static TBuilder NamedAfterHandlers<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Finally(endpoint =>
        {
            if (!endpoint.Metadata.OfType<IEndpointNameMetadata>().Any() &&
                endpoint.Metadata.OfType<MethodInfo>().FirstOrDefault() is { } handler &&
                !handler.Name.Contains('<'))
            {
                endpoint.Metadata.Add(new EndpointNameMetadata(handler.Name));
            }
        });
        return builder;
    }
}
