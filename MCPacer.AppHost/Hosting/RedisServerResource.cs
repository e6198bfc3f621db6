namespace MCPacer.AppHost.Hosting;

/// <summary>
/// Redis as a local redis-server process (there is no container runtime here), with Aspire's Redis
/// connection string shape (host:port,password=...) so services use AddRedisClient unchanged.
/// </summary>
internal sealed class RedisServerResource(string name, string dataDirectory, ParameterResource password)
    : ExecutableResource(name, "redis-server", dataDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";

    EndpointReference? _endpoint;

    public EndpointReference Endpoint => _endpoint ??= new EndpointReference(this, EndpointName);

    public ParameterResource Password { get; } = password;

    /// <summary>Written next to the data (mode 0600) so the password never appears on a command line.</summary>
    public const string ConfigFileName = "redis.conf";

    /// <summary>Names the running redis-server, so that one left behind by a killed DCP can be found.</summary>
    public const string PidFileName = "redis.pid";

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{Endpoint.Property(EndpointProperty.HostAndPort)},password={Password}");
}
