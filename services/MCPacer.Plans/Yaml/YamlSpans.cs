using YamlDotNet.RepresentationModel;

namespace MCPacer.Plans.Yaml;

/// <summary>Where nodes begin and end in the text, for splicing edits in without touching anything else.</summary>
static class YamlSpans
{
    public static int Start(YamlNode node) => (int)node.Start.Index;

    /// <summary>
    /// The index just after the node's last character of content. A block collection's own end mark lies at the
    /// next token, past trailing comments, so it is found from its last value; an empty value ends at its key.
    /// </summary>
    public static int ContentEnd(YamlNode node) => node switch
    {
        YamlScalarNode scalar => (int)scalar.End.Index,
        YamlMappingNode { Style: YamlDotNet.Core.Events.MappingStyle.Flow } flow => (int)flow.End.Index,
        YamlSequenceNode { Style: YamlDotNet.Core.Events.SequenceStyle.Flow } flow => (int)flow.End.Index,
        YamlMappingNode mapping when mapping.Children.Count > 0 => PairEnd(mapping.Children.Last()),
        YamlSequenceNode sequence when sequence.Children.Count > 0 => ContentEnd(sequence.Children[^1]),
        _ => (int)node.Start.Index,
    };

    public static int PairEnd(KeyValuePair<YamlNode, YamlNode> pair) =>
        IsEmpty(pair.Value) ? ContentEnd(pair.Key) : ContentEnd(pair.Value);

    public static bool IsEmpty(YamlNode node) => node is YamlScalarNode { Value: null or "" } scalar
        && scalar.Style is YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any;

    public static int LineStart(string text, int index)
    {
        var newline = index == 0 ? -1 : text.LastIndexOf('\n', index - 1);
        return newline + 1;
    }

    /// <summary>The start of the line after the one holding <paramref name="index"/> (the text's end on the last line).</summary>
    public static int NextLineStart(string text, int index)
    {
        if (index > 0 && index <= text.Length && text[index - 1] == '\n')
        {
            return index;
        }

        var newline = text.IndexOf('\n', Math.Min(index, text.Length));
        return newline < 0 ? text.Length : newline + 1;
    }

    /// <summary>The '-' of a block sequence item (the item node starts after "- ").</summary>
    public static int DashIndex(string text, YamlNode item)
    {
        var start = Start(item);
        var i = start - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        return i >= 0 && text[i] == '-' ? i : start;
    }

    public static int Column(string text, int index) => index - LineStart(text, index);
}
