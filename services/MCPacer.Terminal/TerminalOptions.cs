using MCPacer.Contracts;
using Microsoft.Extensions.Options;

namespace MCPacer.Terminal;

/// <summary>The Terminal section: the profiles the browser may name, and the limits every session lives within.</summary>
internal sealed class TerminalOptions
{
    public const string Section = "Terminal";

    public Dictionary<string, TerminalProfile> Profiles { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A session nobody is connected to is closed after this long without input.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The bytes of output kept per session and replayed to a reconnecting browser.</summary>
    public int ScrollbackBytes { get; set; } = 1024 * 1024;

    public int MaxSessions { get; set; } = 8;

    /// <summary>How long the processes of a closed session get after SIGHUP before SIGKILL.</summary>
    public TimeSpan KillGracePeriod { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A browser that takes longer than this to accept one frame is disconnected (the session lives on).</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a coach session's start waits for the coach service's procedure.</summary>
    public TimeSpan CoachTimeout { get; set; } = TimeSpan.FromSeconds(3);
}

/// <summary>What a profile runs. The browser only ever names a profile; commands come from configuration.</summary>
internal sealed class TerminalProfile
{
    /// <summary>A program on PATH or an absolute path; unset means the user's $SHELL, else /bin/bash.</summary>
    public string? Command { get; set; }

    public List<string> Arguments { get; set; } = [];

    /// <summary>
    /// Added after Arguments when the session is started with a coaching persona, {persona} replaced by its name
    /// (for Claude Code: the initial prompt that opens the /mcpacer session as that coach). Empty: no personas.
    /// </summary>
    public List<string> PersonaArguments { get; set; } = [];

    public const string PersonaPlaceholder = "{persona}";

    /// <summary>Run in &lt;data&gt;/workspace, prepared with MCPacer's .mcp.json and coaching skill.</summary>
    public bool InCoachingWorkspace { get; set; }

    /// <summary>The profile to run instead when Command is not installed.</summary>
    public string? Fallback { get; set; }

    /// <summary>Printed in the terminal when Command is not installed.</summary>
    public string? InstallHint { get; set; }
}

internal sealed class TerminalOptionsValidator : IValidateOptions<TerminalOptions>
{
    public ValidateOptionsResult Validate(string? name, TerminalOptions options)
    {
        var failures = new List<string>();
        if (options.Profiles.Count == 0)
        {
            failures.Add("Terminal:Profiles is empty; configure at least the shell profile.");
        }

        foreach (var (profileName, profile) in options.Profiles)
        {
            if (!Slug.IsValid(profileName))
            {
                failures.Add($"Terminal:Profiles:{profileName}: a profile name is lowercase letters, digits, '-' or '_'.");
            }

            if (profile.PersonaArguments.Count > 0 && !profile.PersonaArguments.Any(a => a.Contains(TerminalProfile.PersonaPlaceholder, StringComparison.Ordinal)))
            {
                failures.Add($"Terminal:Profiles:{profileName}:PersonaArguments never says {TerminalProfile.PersonaPlaceholder}, so the persona would not reach the program.");
            }

            if (profile.Fallback is { } fallback && (!options.Profiles.TryGetValue(fallback, out var target) || target.Fallback is not null))
            {
                failures.Add($"Terminal:Profiles:{profileName}:Fallback names '{fallback}', which is not a profile without a fallback of its own.");
            }
        }

        if (options.IdleTimeout <= TimeSpan.Zero || options.KillGracePeriod <= TimeSpan.Zero
            || options.SendTimeout <= TimeSpan.Zero || options.CoachTimeout <= TimeSpan.Zero)
        {
            failures.Add("Terminal:IdleTimeout, KillGracePeriod, SendTimeout and CoachTimeout must be positive.");
        }

        if (options.ScrollbackBytes is < 4096 or > 64 * 1024 * 1024)
        {
            failures.Add("Terminal:ScrollbackBytes must be between 4096 and 67108864.");
        }

        if (options.MaxSessions is < 1 or > 256)
        {
            failures.Add("Terminal:MaxSessions must be between 1 and 256.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
