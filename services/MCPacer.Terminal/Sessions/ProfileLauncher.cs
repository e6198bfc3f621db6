using System.Text;
using MCPacer.Contracts.Terminal;
using MCPacer.Terminal.Pty;
using MCPacer.Terminal.Workspace;
using Microsoft.Extensions.Options;

namespace MCPacer.Terminal.Sessions;

/// <summary>What a session runs: the profile's program, or its fallback with a notice when the program is not installed.</summary>
internal sealed record LaunchPlan(PtyStartInfo Start, byte[] Notice);

/// <summary>Turns a profile name from the browser into a program from configuration, in the right folder.</summary>
internal sealed partial class ProfileLauncher(IOptions<TerminalOptions> options, CoachingWorkspace workspace, ILogger<ProfileLauncher> logger)
{
    const string DefaultShell = "/bin/bash";

    public bool IsKnown(string profile) => options.Value.Profiles.ContainsKey(profile);

    public IEnumerable<string> Names => options.Value.Profiles.Keys;

    /// <summary>Whether the profile's program can be started as a coaching persona (it has PersonaArguments).</summary>
    public bool TakesPersona(string profile) => options.Value.Profiles[profile].PersonaArguments.Count > 0;

    /// <summary>What to run for the profile, started as <paramref name="persona"/> when given (a checked persona name).</summary>
    public async Task<LaunchPlan> PlanAsync(string profileName, string? persona, TerminalSize size, CancellationToken cancellationToken)
    {
        var profile = options.Value.Profiles[profileName];
        var workingDirectory = profile.InCoachingWorkspace
            ? await workspace.PrepareAsync(cancellationToken)
            : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

        var command = profile.Command ?? UserShell();
        var notice = "";
        var executable = FindExecutable(command);
        IReadOnlyList<string> arguments = persona is null
            ? profile.Arguments
            : [.. profile.Arguments, .. profile.PersonaArguments.Select(a => a.Replace(TerminalProfile.PersonaPlaceholder, persona, StringComparison.Ordinal))];
        if (executable is null && profile.Fallback is { } fallbackName)
        {
            var fallback = options.Value.Profiles[fallbackName];
            var fallbackCommand = fallback.Command ?? UserShell();
            LogFallback(logger, profileName, command, fallbackName);
            notice = $"\u001b[1m{command} is not installed on this machine.\u001b[0m\r\n"
                + (profile.InstallHint is { } hint ? $"Install it with:  {hint}\r\n" : "")
                + (persona is null ? "" : $"Coach persona chosen: \u001b[1m{persona}\u001b[0m ({command} would open the coaching session as {persona}).\r\n")
                + $"Starting {fallbackName} ({fallbackCommand}) in {workingDirectory} instead.\r\n\r\n";
            executable = FindExecutable(fallbackCommand);
            command = fallbackCommand;
            arguments = fallback.Arguments;
        }

        if (executable is null)
        {
            throw new InvalidOperationException($"Profile '{profileName}' runs '{command}', which is not installed or not executable.");
        }

        var start = new PtyStartInfo(executable, arguments, workingDirectory, ChildEnvironment.Build(), size);
        return new LaunchPlan(start, Encoding.UTF8.GetBytes(notice));
    }

    static string UserShell() =>
        Environment.GetEnvironmentVariable("SHELL") is { Length: > 0 } shell && File.Exists(shell) ? shell : DefaultShell;

    static string? FindExecutable(string command)
    {
        if (command.Contains('/'))
        {
            return IsExecutable(command) ? Path.GetFullPath(command) : null;
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? "/usr/local/bin:/usr/bin:/bin")
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, command))
            .FirstOrDefault(IsExecutable);
    }

    static bool IsExecutable(string path) =>
        File.Exists(path)
        && (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Profile {Profile} runs {Command}, which is not installed; starting {Fallback} instead")]
    static partial void LogFallback(ILogger logger, string profile, string command, string fallback);
}
