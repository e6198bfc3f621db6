using System.Diagnostics.CodeAnalysis;
using MCPacer.Contracts.Coach;

namespace MCPacer.Coach.Memory;

/// <summary>Section keys as clients send them, mapped to the headings of the file.</summary>
internal static class MemorySections
{
    public static string ValidKeys { get; } = string.Join(", ", MemorySectionKeys.All.Select(s => s.Key));

    public static bool TryGetTitle(string? key, [NotNullWhen(true)] out string? title)
    {
        title = MemorySectionKeys.All.FirstOrDefault(s => string.Equals(s.Key, key?.Trim(), StringComparison.OrdinalIgnoreCase)).Title;
        return title is not null;
    }

    public static string Title(string key) =>
        TryGetTitle(key, out var title) ? title : throw new ArgumentOutOfRangeException(nameof(key), key, $"Known sections: {ValidKeys}");

    public static IReadOnlyList<MemorySection> Read(MemoryDocument document) =>
        MemorySectionKeys.All
            .Select(s => document.Section(s.Title) is { } content
                ? new MemorySection(s.Key, s.Title, true, content)
                : new MemorySection(s.Key, s.Title, false, ""))
            .ToList();
}
