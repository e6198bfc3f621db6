using System.Text;
using MCPacer.Contracts.Coach;

namespace MCPacer.Coach.Onboarding;

/// <summary>The first conversation with a new athlete: what to ask, where each answer goes in the memory, what follows.</summary>
internal static class Questionnaire
{
    public static OnboardingQuestionnaire Current { get; } = new(
        [
            new("prs", "Personal records",
                "What are your current PRs (5K, 10K, half marathon, marathon), and when did you run each of them?",
                "Recent PRs set training paces; old ones are only a hint.", MemorySectionKeys.Prs),
            new("phase", "Where you are now",
                "What phase of training are you in right now (off-season, base building, mid-build, tapering, coming back), and how many km a week have you run lately?",
                "Decides whether to build, hold or rest, and what volume is safe to start from.", MemorySectionKeys.TrainingContext),
            new("goal", "Target race",
                "Is there a target race? Which distance, on what date, and what time are you aiming for?",
                "A dated race with a goal time is what a plan is built backwards from.", MemorySectionKeys.Goals),
            new("days", "Training days",
                "Which days can you train, how long on each, and which day suits the long run?",
                "The plan has to fit the week the athlete really has.", MemorySectionKeys.TrainingContext),
            new("injuries", "Injuries and niggles",
                "Any current pain or niggles, or injuries in the past year or two? What helped?",
                "Current issues become active flags; old ones are patterns to watch.", MemorySectionKeys.ActiveFlags),
            new("anything-else", "Anything else",
                "Anything else I should know: other sports, work or family load, how you like feedback, which coach persona you want?",
                "Context for the athlete section, including the preferred persona.", MemorySectionKeys.Athlete),
        ],
        [
            "Ask the questions conversationally, a couple at a time, and follow up where an answer is vague.",
            "Save the answers section by section with update_coach_memory (athlete, prs, goals, active_flags, training_context); " +
            "write 'Preferred persona: <name>' in the athlete section when the athlete picks one.",
            "When there is a target race, propose a plan for it, agree it with the athlete and lock it in with the plan tools.",
            "Finish with save_session_log: an onboarding summary.",
        ]);

    /// <summary>The questionnaire as Markdown, for the onboarding prompt.</summary>
    public static string ToMarkdown()
    {
        var text = new StringBuilder("# Onboarding a new athlete\n\n")
            .Append("There is no coach memory yet: this athlete has not been onboarded. Get to know them before coaching.\n\n")
            .Append("## Questions\n\n");
        var number = 1;
        foreach (var question in Current.Questions)
        {
            text.Append($"{number++}. **{question.Topic}**: {question.Question}\n")
                .Append($"   _Why:_ {question.Why} _Save to:_ `{question.MemorySection}`.\n");
        }

        text.Append("\n## Then\n\n");
        foreach (var step in Current.AfterwardSteps)
        {
            text.Append($"- {step}\n");
        }

        return text.ToString();
    }
}
