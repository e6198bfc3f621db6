using MCPacer.Contracts.Plans;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MCPacer.Plans.Yaml;

/// <summary>A comment in the file, with where it is (1-based line, 0-based character index).</summary>
sealed record YamlComment(string Text, bool IsInline, int Line, int Index);

/// <summary>
/// The YAML text with its node tree (which keeps every node's position) and its comments. Edits splice
/// the text at node positions, so everything they do not touch stays byte for byte as it was.
/// </summary>
sealed class ParsedYaml
{
    ParsedYaml(string text, YamlMappingNode? root, IReadOnlyList<YamlComment> comments, PlanProblem? syntaxError)
    {
        Text = text;
        Root = root;
        Comments = comments;
        SyntaxError = syntaxError;
    }

    public string Text { get; }
    public YamlMappingNode? Root { get; }
    public IReadOnlyList<YamlComment> Comments { get; }
    public PlanProblem? SyntaxError { get; }

    public static ParsedYaml Parse(string fileName, string text)
    {
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(text));
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException e)
        {
            return new ParsedYaml(text, null, [], new PlanProblem(fileName, (int)e.Start.Line, (int)e.Start.Column, "",
                $"not valid YAML: {Unwrap(e).Message}"));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up on some unclosed flow collections without a YamlException.
            var at = scanner.CurrentPosition;
            return new ParsedYaml(text, null, [], new PlanProblem(fileName, (int)at.Line, (int)at.Column, "",
                "not valid YAML: an unclosed [ or { or quote before this point"));
        }

        var problem = stream.Documents.Count switch
        {
            0 => new PlanProblem(fileName, 1, 1, "", "the file is empty"),
            > 1 => new PlanProblem(fileName, (int)stream.Documents[1].RootNode.Start.Line, 1, "", "a plan file holds one YAML document"),
            _ when stream.Documents[0].RootNode is not YamlMappingNode => new PlanProblem(fileName,
                (int)stream.Documents[0].RootNode.Start.Line, (int)stream.Documents[0].RootNode.Start.Column, "",
                "the plan must be a mapping (plan_name:, goal_race:, weeks: ...)"),
            _ => null,
        };
        return problem is null
            ? new ParsedYaml(text, (YamlMappingNode)stream.Documents[0].RootNode, ReadComments(text), null)
            : new ParsedYaml(text, null, [], problem);
    }

    static List<YamlComment> ReadComments(string text)
    {
        var comments = new List<YamlComment>();
        // The scanner alone: YamlDotNet's parser trips over some valid comments (after a flow list, say).
        var scanner = new Scanner(new StringReader(text), skipComments: false);
        while (scanner.MoveNext())
        {
            if (scanner.Current is YamlDotNet.Core.Tokens.Comment comment)
            {
                comments.Add(new YamlComment(comment.Value.Trim(), comment.IsInline, (int)comment.Start.Line, (int)comment.Start.Index));
            }
        }

        return comments;
    }

    // YamlDotNet wraps the scanner's message; the innermost one says what is wrong.
    static Exception Unwrap(YamlException e) => e.InnerException is YamlException inner ? Unwrap(inner) : e;
}
