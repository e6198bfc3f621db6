namespace MCPacer.Contracts.Coach;

/// <summary>One question of the onboarding questionnaire and the memory section its answer belongs in.</summary>
public sealed record OnboardingQuestion(string Id, string Topic, string Question, string Why, string MemorySection);

public sealed record OnboardingQuestionnaire(IReadOnlyList<OnboardingQuestion> Questions, IReadOnlyList<string> AfterwardSteps);
