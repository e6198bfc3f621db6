namespace MCPacer.AppHost.Hosting;

/// <summary>
/// How the services get the access token. Run mode: the file &lt;data-dir&gt;/access-token (<see cref="AccessTokenFile"/>),
/// created before anything starts, its path passed as MCPacer__AccessTokenFile. Publish mode (the manifest): a secret
/// parameter, passed as MCPacer__AccessToken, that a deployment fills.
/// </summary>
internal static class AccessTokenParameter
{
    public const string Name = "access-token";

    public static IDistributedApplicationBuilder AddAccessToken(this IDistributedApplicationBuilder builder, MCPacerOptions options)
    {
        if (builder.ExecutionContext.IsRunMode)
        {
            AccessTokenFile.ReadOrCreate(options.DataDir);
        }
        else
        {
            builder.AddParameter(Name, secret: true);
        }

        return builder;
    }

    /// <summary>The token the service checks on every request (and forwards to the services it calls).</summary>
    public static IResourceBuilder<ServiceResource> WithAccessToken(this IResourceBuilder<ServiceResource> service, MCPacerOptions options)
    {
        var builder = service.ApplicationBuilder;
        if (builder.ExecutionContext.IsRunMode)
        {
            return service.WithEnvironment("MCPacer__AccessTokenFile", AccessTokenFile.PathIn(options.DataDir));
        }

        var parameter = builder.Resources.OfType<ParameterResource>().Single(p => p.Name == Name);
        return service.WithEnvironment("MCPacer__AccessToken", builder.CreateResourceBuilder(parameter));
    }
}
