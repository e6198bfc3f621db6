using System.Reflection;

namespace MCPacer.Cli.Import;

/// <summary>
/// coaching_data/personas/&lt;name&gt;.md → coach/personas/&lt;name&gt;.md, byte for byte. A persona named like one the
/// coach ships (the original's five have the same names) is a conflict: written, with --force, it replaces ours.
/// </summary>
static class PersonaImport
{
    const string What = "persona";

    /// <summary>The names of the coach's shipped personas, taken from its Personas/Defaults folder at build time (see MCPacer.Cli.csproj).</summary>
    static readonly IReadOnlySet<string> Shipped = typeof(PersonaImport).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ShippedPersonas").Value!.Split(';', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    public static void Collect(ImportList list)
    {
        var personas = Directory.Exists(list.Original.Personas)
            ? Directory.EnumerateFiles(list.Original.Personas, "*.md").Order(StringComparer.Ordinal).ToList()
            : [];
        if (personas.Count == 0)
        {
            list.NothingToImport.Add("personas: no coaching_data/personas/*.md");
        }

        foreach (var source in personas)
        {
            var originalName = Path.GetFileNameWithoutExtension(source);
            var name = ImportedName.Of(originalName);
            if (list.Read(What, source) is { } contents)
            {
                list.Copy(What, source, Path.Combine(list.Data.Personas, name.Value + ".md"), contents,
                    note: ImportedName.Renamed(originalName, name),
                    shadowed: Shipped.Contains(name.Value) ? $"MCPacer ships a persona named {name}: --force makes this one replace it" : null);
            }
        }
    }
}
