using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MCPacer.Cli.Import;

/// <summary>
/// training_plans/plan_&lt;id&gt;.yaml → plans/&lt;id&gt;.yaml, byte for byte (the plans service reads and checks them).
/// Only a file that is not YAML at all is left behind, with its line.
/// </summary>
static class PlanImport
{
    const string What = "plan";
    const string Prefix = "plan_";

    public static void Collect(ImportList list)
    {
        var plans = Directory.Exists(list.Original.Plans)
            ? Directory.EnumerateFiles(list.Original.Plans, Prefix + "*.yaml").Order(StringComparer.Ordinal).ToList()
            : [];
        if (plans.Count == 0)
        {
            list.NothingToImport.Add("training plans: no training_plans/plan_<id>.yaml");
        }

        foreach (var source in plans)
        {
            if (list.Read(What, source) is not { } contents)
            {
                continue;
            }

            if (YamlProblem(contents) is { } problem)
            {
                list.Skip(What, list.SourceName(source), problem);
                continue;
            }

            var originalId = Path.GetFileNameWithoutExtension(source)[Prefix.Length..];
            var id = ImportedName.Of(originalId);
            list.Copy(What, source, Path.Combine(list.Data.Plans, id.Value + ".yaml"), contents, note: ImportedName.Renamed(originalId, id));
        }
    }

    static string? YamlProblem(byte[] contents)
    {
        try
        {
            using var text = new StreamReader(new MemoryStream(contents), new UTF8Encoding(false, throwOnInvalidBytes: true));
            new YamlStream().Load(text);
            return null;
        }
        catch (DecoderFallbackException)
        {
            return "not UTF-8 text";
        }
        catch (YamlException e)
        {
            var marks = $"{e.Start} - {e.End}: ";
            var reason = e.Message.StartsWith(marks, StringComparison.Ordinal) ? e.Message[marks.Length..] : e.Message;
            return $"not valid YAML at line {e.Start.Line}, column {e.Start.Column}: {reason}";
        }
    }
}
