using MCPacer.Coach.Onboarding;
using MCPacer.Contracts.Coach;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MCPacer.Coach.Api;

internal static class OnboardingApi
{
    public static RouteGroupBuilder MapOnboardingApi(this RouteGroupBuilder coach)
    {
        coach.MapGet("/onboarding", GetQuestionnaire).WithTags("Onboarding")
            .WithSummary("The onboarding questionnaire: each question, why it is asked and the memory section its answer belongs in");
        return coach;
    }

    static Ok<OnboardingQuestionnaire> GetQuestionnaire() => TypedResults.Ok(Questionnaire.Current);
}
