using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace MCPacer.Coach.Sessions;

/// <summary>Session log dates as they appear in file names and routes: yyyy-MM-dd, nothing else.</summary>
internal static class SessionDate
{
    public const string Format = "yyyy-MM-dd";

    public static bool TryParse([NotNullWhen(true)] string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Text(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    public static string FileName(DateOnly date) => Text(date) + ".md";

    public static string Heading(DateOnly date) => $"## Session {Text(date)} — Coach";

    /// <summary>The dates of the logs in a folder, newest first (files not named by a date are not logs).</summary>
    public static IReadOnlyList<DateOnly> InFolder(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.md")
                .Select(file => TryParse(Path.GetFileNameWithoutExtension(file), out var date) ? date : (DateOnly?)null)
                .OfType<DateOnly>()
                .OrderDescending()
                .ToList()
            : [];
}
