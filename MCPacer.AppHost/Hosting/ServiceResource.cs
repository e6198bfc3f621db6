namespace MCPacer.AppHost.Hosting;

/// <summary>
/// A MCPacer service run straight from its build output ("dotnet Service.dll"). DCP would otherwise start
/// each project through a `dotnet run` launcher: about 120 MB more per service, and a stop that waits
/// about 12 s for each launcher (see docs/ARCHITECTURE.md, "Services run from their build output").
/// Published, it is the project it comes from (project.v0).
/// </summary>
internal sealed class ServiceResource(string name, string projectPath)
    : ExecutableResource(name, "dotnet", Path.GetDirectoryName(projectPath)!), IResourceWithServiceDiscovery
{
    public const string EndpointName = "http";

    public string ProjectPath { get; } = projectPath;

    public EndpointReference HttpEndpoint => new(this, EndpointName);
}
