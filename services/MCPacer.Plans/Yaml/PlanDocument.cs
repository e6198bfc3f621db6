using MCPacer.Contracts.Plans;
using YamlDotNet.RepresentationModel;

namespace MCPacer.Plans.Yaml;

/// <summary>A plan file as read: its text, revision, what it says, what is wrong with it, and where each week and run is.</summary>
sealed class PlanDocument(string id, ParsedYaml yaml, string revision, TrainingPlan plan, IReadOnlyList<WeekNode> weekNodes)
{
    public string Id { get; } = id;
    public string FileName => Id + PlanFiles.Extension;
    public ParsedYaml Yaml { get; } = yaml;
    public string Text => Yaml.Text;
    public string Revision { get; } = revision;
    public TrainingPlan Plan { get; } = plan;
    public IReadOnlyList<WeekNode> WeekNodes { get; } = weekNodes;
    public bool IsBroken => Plan.Broken;

    public WeekNode? FindWeek(int weekNumber) => WeekNodes.FirstOrDefault(w => w.Week.WeekNumber == weekNumber);

    public WeekNode? FindWeekContaining(DateOnly date) =>
        WeekNodes.FirstOrDefault(w => w.Week.WeekStartDate is { } start && date >= start && date <= start.AddDays(6));
}

sealed record WeekNode(PlanWeek Week, YamlMappingNode Node, IReadOnlyList<RunNode> Runs);

sealed record RunNode(PlannedRun Run, YamlMappingNode Node);

static class PlanFiles
{
    public const string Extension = ".yaml";
}
