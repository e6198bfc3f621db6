using MCPacer.Contracts;

namespace MCPacer.Cli.Import;

/// <summary>A plan id or persona name of the original MCPacer as a name here: lowercased, or made from it when it has other characters.</summary>
static class ImportedName
{
    public static Slug Of(string originalName) =>
        Slug.TryParse(originalName, out var slug) ? slug : Slug.FromTitle(originalName);

    public static string? Renamed(string originalName, Slug name) =>
        originalName == name.Value ? null : $"named {name} here ({Slug.Rule})";
}
