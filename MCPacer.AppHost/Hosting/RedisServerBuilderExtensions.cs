using Aspire.Hosting.Lifecycle;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MCPacer.AppHost.Hosting;

internal static class RedisServerBuilderExtensions
{
    public const string InstallHint = "redis-server is not installed: run `sudo apt-get install -y redis-server` (Debian/Ubuntu) and start MCPacer again.";

    /// <summary>
    /// redis-server on a port DCP allocates, bound to 127.0.0.1, with a generated password kept out of
    /// its command line (it is written to a 0600 redis.conf under the data root), and an AUTH + PING health check.
    /// </summary>
    public static IResourceBuilder<RedisServerResource> AddRedisServer(this IDistributedApplicationBuilder builder, string name, string dataRoot)
    {
        if (builder.ExecutionContext.IsRunMode && !IsOnPath("redis-server"))
        {
            Console.Error.WriteLine(InstallHint);
            Environment.Exit(1);
        }

        var password = builder.AddParameter($"{name}-password",
            new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true, persist: false);
        // The manifest must not carry this machine's paths: published, redis-server works in "./redis".
        var dataDirectory = builder.ExecutionContext.IsRunMode ? Path.Combine(dataRoot, name) : name;
        var resource = new RedisServerResource(name, dataDirectory, password.Resource);

        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            $"{name}-ping", _ => new RedisPingHealthCheck(resource), failureStatus: null, tags: null));

        if (builder.ExecutionContext.IsRunMode)
        {
            // Publishing must not write a password anywhere, least of all beside the sources.
            builder.Eventing.Subscribe<BeforeStartEvent>((_, ct) => PrepareDataDirectoryAsync(resource, ct));
        }

        return builder.AddResource(resource)
            .WithEndpoint(name: RedisServerResource.EndpointName, scheme: "tcp", isProxied: false)
            .WithArgs(context =>
            {
                context.Args.Add(RedisServerResource.ConfigFileName);
                context.Args.Add("--port");
                context.Args.Add(resource.Endpoint.Property(EndpointProperty.TargetPort));
            })
            .WithHealthCheck($"{name}-ping");
    }

    /// <summary>Ends a redis-server left on these files by a killed DCP, then writes the config the new one reads.</summary>
    static async Task PrepareDataDirectoryAsync(RedisServerResource redis, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(redis.WorkingDirectory);
        var pidFile = Path.Combine(redis.WorkingDirectory, RedisServerResource.PidFileName);
        await LeftoverRedisServer.StopAsync(pidFile, cancellationToken);
        var password = await redis.Password.GetValueAsync(cancellationToken);
        var config = $"""
            bind 127.0.0.1
            protected-mode yes
            requirepass {password}
            dir {redis.WorkingDirectory}
            pidfile {pidFile}
            appendonly yes
            save 60 1
            """;
        await using var stream = new FileStream(Path.Combine(redis.WorkingDirectory, RedisServerResource.ConfigFileName), new FileStreamOptions
        {
            Mode = FileMode.Create, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        });
        await using var writer = new StreamWriter(stream);
        await writer.WriteAsync(config.AsMemory(), cancellationToken);
    }

    static bool IsOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, program)));
}
