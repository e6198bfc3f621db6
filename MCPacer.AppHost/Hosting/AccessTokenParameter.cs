namespace MCPacer.AppHost.Hosting;

internal static class AccessTokenParameter
{
    public const string Name = "access-token";

    /// <summary>A secret parameter whose value, in run mode, is the token in &lt;data-dir&gt;/access-token.</summary>
    public static IResourceBuilder<ParameterResource> AddAccessToken(this IDistributedApplicationBuilder builder, MCPacerOptions options) =>
        builder.ExecutionContext.IsRunMode
            ? builder.AddParameter(Name, () => AccessTokenFile.ReadOrCreate(options.DataDir), publishValueAsDefault: false, secret: true)
            : builder.AddParameter(Name, secret: true);
}
