namespace MCPacer.ServiceDefaults.Telemetry;

/// <summary>
/// The names MCPacer's telemetry goes by, in one place: each service's ActivitySource and Meter (named after the
/// service, see <see cref="ServiceTelemetry"/>), the MCP SDK's, and the attributes, events and instruments MCPacer
/// adds. Attributes carry ids, counts, revisions and reasons; never a token, a note, a description or memory text.
/// </summary>
public static class TelemetryNames
{
    public const string Strava = "MCPacer.Strava";
    public const string Plans = "MCPacer.Plans";
    public const string Coach = "MCPacer.Coach";
    public const string Terminal = "MCPacer.Terminal";
    public const string Mcp = "MCPacer.Mcp";
    public const string Dashboard = "MCPacer.Dashboard";
    public const string Gateway = "MCPacer.Gateway";
    public const string StravaStandIn = "MCPacer.StravaStandIn";

    public static readonly IReadOnlyList<string> Services = [Strava, Plans, Coach, Terminal, Mcp, Dashboard, Gateway, StravaStandIn];

    /// <summary>
    /// The MCP C# SDK's own ActivitySource and Meter: a span per request (tools/call, prompts/get, resources/read) with
    /// OpenTelemetry's MCP attributes (mcp.method.name, gen_ai.tool.name, gen_ai.operation.name, error.type) and the
    /// mcp.server.operation.duration histogram by method, tool and error type.
    /// </summary>
    public const string McpSdk = "Experimental.ModelContextProtocol";

    public static class Attributes
    {
        public const string SyncPass = "mcpacer.sync.pass";
        public const string SyncKind = "mcpacer.sync.kind";
        public const string SyncPhase = "mcpacer.sync.phase";
        public const string SyncItems = "mcpacer.sync.items";
        public const string StravaPriority = "strava.call.priority";
        public const string StravaLimit = "strava.rate_limit.limit";
        public const string StravaWindow = "strava.rate_limit.window";
        public const string StravaResumesAt = "strava.rate_limit.resumes_at";
        public const string StravaBudgetLeft = "strava.rate_limit.budget_left";

        public const string WriteKind = "mcpacer.write.kind";
        public const string WriteOutcome = "mcpacer.write.outcome";
        public const string RefusalReason = "mcpacer.refusal.reason";
        public const string RefusalDetail = "mcpacer.refusal.detail";
        public const string PlanId = "mcpacer.plan.id";
        public const string PlanWeek = "mcpacer.plan.week";
        public const string PlanRunDate = "mcpacer.plan.run_date";
        public const string Revision = "mcpacer.revision";
        public const string ExpectedRevision = "mcpacer.expected_revision";
        public const string MemorySection = "mcpacer.memory.section";
        public const string CacheAnswer = "mcpacer.read_cache.answer";
        public const string CacheOutcome = "mcpacer.read_cache.outcome";
    }

    public static class Events
    {
        public const string RateLimitWait = "strava.rate_limit.wait";
        public const string WriteRefused = "mcpacer.write.refused";
    }

    public static class Instruments
    {
        public const string SyncBacklog = "mcpacer.strava.sync.backlog";
        public const string StravaCalls = "mcpacer.strava.calls";
        public const string StravaBudgetUsed = "mcpacer.strava.rate_limit.used";
        public const string Writes = "mcpacer.writes";
        public const string TerminalSessions = "mcpacer.terminal.sessions";
        public const string ReadCacheReads = "mcpacer.read_cache.reads";
    }
}
