using MCPacer.Events;
using MCPacer.Events.Caching;
using MCPacer.ServiceDefaults.Time;
using MCPacer.Storage;
using MCPacer.Strava.Api;
using MCPacer.Strava.Auth;
using MCPacer.Strava.Client;
using MCPacer.Strava.Coaching;
using MCPacer.Strava.Context;
using MCPacer.Strava.Store;
using MCPacer.Strava.Sync;
using MCPacer.Strava.Training;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Quartz;

namespace MCPacer.Strava;

internal static class StravaExtensions
{
    /// <summary>Everything the strava service registers: options, secrets, OAuth, the Strava client, store, sync.</summary>
    public static IHostApplicationBuilder AddStrava(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StravaOptions>()
            .BindConfiguration(StravaOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddSingleton<SecretStore>();
        builder.Services.AddSingleton<OAuthStateStore>();
        builder.Services.AddSingleton<StravaTokenManager>();
        builder.Services.AddSingleton<StravaConnector>();
        builder.Services.TryAddKeyedSingleton(RateLimitBudget.ClockKey, (services, _) => new ScaledTimeProvider(
            services.GetRequiredService<TimeProvider>(), services.GetRequiredService<IOptions<StravaOptions>>().Value.RateLimitTimeScale));
        builder.Services.AddSingleton<RateLimitBudget>();
        builder.Services.AddTransient<RateLimitHandler>();
        builder.Services.AddExceptionHandler<StravaExceptionHandler>();

        // Token requests are never retried: a refresh that reached Strava already rotated the refresh token.
        builder.Services.AddHttpClient<StravaOAuthClient>(ConfigureBaseAddress)
            .RemoveAllResilienceHandlers()
            .AddStandardResilienceHandler(ConfigureNoRetry);

        // The demo connector reads the stand-in's redirect (the code is in it) instead of following it.
        builder.Services.AddHttpClient<DemoAthleteConnector>(ConfigureBaseAddress)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .RemoveAllResilienceHandlers()
            .AddStandardResilienceHandler(ConfigureNoRetry);
        builder.Services.AddHostedService<DemoAthleteStartup>();

        // The rate-limit handler sits outside the retries and the timeouts: waiting for the next window
        // may take minutes, which no attempt timeout (nor HttpClient.Timeout) must cut short.
        builder.Services.AddHttpClient<StravaApiClient>((services, http) =>
            {
                ConfigureBaseAddress(services, http);
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .RemoveAllResilienceHandlers()
            .AddHttpMessageHandler<RateLimitHandler>()
            .AddResilienceHandler("strava-api", ConfigureApiPipeline);

        builder.Services.AddSingleton<StravaDatabase>();
        builder.Services.AddSingleton<ActivityStore>();
        builder.Services.AddSingleton<StreamStore>();
        builder.Services.AddSingleton<NoteStore>();
        builder.Services.AddSingleton<DigestStore>();
        builder.Services.AddSingleton<TrainingLoadStore>();
        builder.Services.AddSingleton<SyncStateStore>();
        builder.Services.AddSingleton<SyncProgressReporter>();
        builder.Services.AddSingleton<SyncTrigger>();
        builder.Services.AddTransient<StravaSyncRunner>();
        builder.Services.AddTransient<StreamsFetcher>();
        builder.AddAthleteClock();
        builder.Services.AddSingleton<RunContextBuilder>();
        builder.AddReadCache();
        builder.Services.AddSingleton<CachedRunContext>();
        builder.Services.AddSingleton<AthleteProfileStore>();
        builder.Services.AddSingleton<TrainingLoads>();
        builder.Services.AddSingleton<RacePerformance>();
        builder.Services.AddSingleton<FitnessProjector>();
        builder.Services.AddTransient<FeedbackPoster>();
        builder.AddSyncSchedule();

        return builder;
    }

    /// <summary>
    /// Quartz with its job store in &lt;data&gt;/strava/quartz.db: the sync job fires every
    /// SyncIntervalMinutes, and once right at start so an interrupted pass resumes.
    /// </summary>
    static void AddSyncSchedule(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(StravaOptions.Section);
        var interval = TimeSpan.FromMinutes(section.GetValue(nameof(StravaOptions.SyncIntervalMinutes), 15));
        var autoSync = section.GetValue(nameof(StravaOptions.AutoSync), true);
        var jobStore = Path.Combine(DataRoot.FromConfiguration(builder.Configuration).ServiceDirectory("strava"), "quartz.db");
        builder.Services.AddQuartz(quartz =>
        {
            quartz.UsePersistentStore(store =>
            {
                store.UseSqlite($"Data Source={jobStore}");
                store.ProvisionSchema();
            });
            quartz.AddJob<StravaSyncJob>(job => job.WithIdentity(StravaSyncJob.Key).StoreDurably());
            if (autoSync)
            {
                quartz.AddTrigger(trigger => trigger
                    .ForJob(StravaSyncJob.Key)
                    .WithIdentity("strava-sync-schedule")
                    .StartNow()
                    .WithSimpleSchedule(schedule => schedule.WithInterval(interval).RepeatForever()));
            }
        });
        builder.Services.AddQuartzHostedService(options => options.WaitForJobsToComplete = false);
    }

    static void ConfigureBaseAddress(IServiceProvider services, HttpClient http) =>
        http.BaseAddress = services.GetRequiredService<IOptions<StravaOptions>>().Value.EffectiveBaseUrl;

    static void ConfigureNoRetry(HttpStandardResilienceOptions options)
    {
        options.Retry.MaxRetryAttempts = 1;
        options.Retry.ShouldHandle = _ => PredicateResult.False();
    }

    /// <summary>
    /// 5xx, 408 and timeouts are retried with jittered backoff; 429 is not (the rate-limit handler inside
    /// waits for the next window instead, which a quick retry would only waste).
    /// </summary>
    static void ConfigureApiPipeline(ResiliencePipelineBuilder<HttpResponseMessage> pipeline)
    {
        pipeline.AddTimeout(TimeSpan.FromMinutes(3));
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = 4,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(500),
            ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
            {
                { Exception: HttpRequestException or Polly.Timeout.TimeoutRejectedException } => true,
                { Result: { } response } => (int)response.StatusCode >= 500 || response.StatusCode == System.Net.HttpStatusCode.RequestTimeout,
                _ => false,
            }),
        });
        pipeline.AddTimeout(TimeSpan.FromSeconds(30));
    }
}
