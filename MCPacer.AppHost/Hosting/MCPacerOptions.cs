using System.Net;
using System.Net.Sockets;
using MCPacer.Contracts.Stack;

namespace MCPacer.AppHost.Hosting;

/// <summary>
/// MCPacer's own command line (after --): --port N, --data-dir DIR, --demo, --no-dashboard, --time-zone ZONE, or the
/// same as MCPACER_PORT, MCPACER_DATA_DIR, MCPACER_DEMO, MCPACER_TIME_ZONE. Everything else is Aspire's (--publisher manifest ...).
/// </summary>
internal sealed record MCPacerOptions(int Port, string DataDir, bool Demo, bool NoDashboard, string[] AspireArgs, string? TimeZone = null)
{
    public const int DefaultPort = 5170;

    /// <summary>In --demo, a 15-minute Strava window lasts 15 s and a day 24 minutes: the first sync of the demo year takes a minute or two.</summary>
    public const double DemoStravaTimeScale = 60;

    /// <summary>The options of this process; a bad one ends it with one line on stderr and exit code 2, never a stack trace.</summary>
    public static MCPacerOptions FromCommandLine(string[] args)
    {
        try
        {
            return Parse(args, Environment.GetEnvironmentVariable);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"mcpacer: {e.Message}");
            Environment.Exit(2);
            throw;
        }
    }

    public static MCPacerOptions Parse(string[] args, Func<string, string?> environment)
    {
        var port = environment("MCPACER_PORT") is { Length: > 0 } envPort
            ? PortNumber(envPort) ?? throw new ArgumentException($"MCPACER_PORT must be a port number from 0 to 65535 (0 picks a free port), not '{envPort}'.")
            : DefaultPort;
        string? dataDir = null;
        var demo = IsTrue(environment("MCPACER_DEMO"));
        var noDashboard = false;
        var timeZone = environment("MCPACER_TIME_ZONE") is { Length: > 0 } envZone
            ? KnownTimeZone(envZone) ?? throw new ArgumentException($"MCPACER_TIME_ZONE must be an IANA time zone this machine knows, like Europe/Berlin, not '{envZone}'.")
            : null;
        var rest = new List<string>();

        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--port" when i + 1 < args.Length && PortNumber(args[i + 1]) is { } p:
                    port = p;
                    i++;
                    break;
                case "--port":
                    throw new ArgumentException("--port needs a port number from 0 to 65535 (0 picks a free port).");
                case "--data-dir" when i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal):
                    dataDir = args[++i];
                    break;
                case "--data-dir":
                    throw new ArgumentException("--data-dir needs a folder.");
                case "--demo":
                    demo = true;
                    break;
                case "--no-dashboard":
                    noDashboard = true;
                    break;
                case "--time-zone" when i + 1 < args.Length && KnownTimeZone(args[i + 1]) is { } zone:
                    timeZone = zone;
                    i++;
                    break;
                case "--time-zone":
                    throw new ArgumentException("--time-zone needs an IANA time zone this machine knows, like Europe/Berlin.");
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        return new MCPacerOptions(port == 0 ? FreeLoopbackPort() : port, DataDirectory.Resolve(dataDir, environment), demo, noDashboard, [.. rest],
            timeZone);
    }

    static string? KnownTimeZone(string value) => TimeZoneInfo.TryFindSystemTimeZoneById(value, out _) ? value : null;

    static int? PortNumber(string value) => int.TryParse(value, out var port) && port is >= 0 and <= 65535 ? port : null;

    static bool IsTrue(string? value) => value is "1" || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
