using System.Net;
using System.Net.Http.Json;
using MCPacer.Contracts.Coach;
using MCPacer.Testing;

namespace MCPacer.Coach.Tests;

public sealed class PromptTests(RedisServer redis) : IDisposable
{
    readonly CoachHost _coach = new(redis);
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_procedure_lists_the_session_steps_in_order()
    {
        var response = await _coach.Client.GetAsync("/api/coach/procedure", Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal("text/markdown", response.Content.Headers.ContentType!.MediaType);
        string[] steps =
        [
            "read_coach_memory", "get_run_context", "get_plan_context", "get_session_logs", "get_coaching_persona",
            "No coach memory found", "get_pending_digests", "Open the conversation", "Feedback on this week's runs",
            "add_coaching_feedback", "save_session_log",
        ];
        var positions = steps.Select(s => text.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("Preferred persona", text);
    }

    [Fact]
    public async Task The_procedure_for_a_named_persona_loads_that_persona()
    {
        var text = await _coach.Client.GetStringAsync("/api/coach/procedure?persona=david", Ct);
        var missing = await _coach.Client.GetAsync("/api/coach/procedure?persona=nobody", Ct);

        Assert.Contains("call `get_coaching_persona` with coach_name `david`", text);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_skill_file_starts_with_claude_code_front_matter()
    {
        var skill = await _coach.Client.GetStringAsync("/api/coach/procedure/skill", Ct);

        var lines = skill.Split('\n');
        Assert.Equal("---", lines[0]);
        Assert.Equal("name: mcpacer", lines[1]);
        Assert.Matches("^description: \"[^\"]+\"$", lines[2]);
        Assert.Equal("---", lines[3]);
        Assert.Contains("# MCPacer coaching session", skill);
    }

    [Fact]
    public async Task Onboarding_questions_cover_the_questionnaire_and_name_their_memory_sections()
    {
        var questionnaire = (await _coach.Client.GetFromJsonAsync<OnboardingQuestionnaire>("/api/coach/onboarding", Ct))!;
        var prompt = await _coach.Client.GetStringAsync("/api/coach/prompts/onboarding", Ct);

        Assert.Equal(["prs", "phase", "goal", "days", "injuries", "anything-else"], questionnaire.Questions.Select(q => q.Id));
        Assert.All(questionnaire.Questions, q => Assert.Contains(q.MemorySection, MemorySectionKeys.All.Select(s => s.Key)));
        Assert.Contains(questionnaire.AfterwardSteps, s => s.Contains("lock it in", StringComparison.Ordinal));
        Assert.All(questionnaire.Questions, q => Assert.Contains(q.Question, prompt));
    }

    [Fact]
    public async Task The_digest_prompt_explains_the_one_line_digest()
    {
        var prompt = await _coach.Client.GetStringAsync("/api/coach/prompts/digest-runs", Ct);

        Assert.Contains("get_pending_digests", prompt);
        Assert.Contains("save_run_digest", prompt);
    }

    [Fact]
    public async Task Session_context_has_memory_the_last_three_logs_and_the_persona_with_token_estimates()
    {
        _coach.WriteMemory("# Coach Memory\n\n## Athlete\n- Name: Sam\n- Preferred persona: roland\n\n## Session History\n");
        for (var day = 1; day <= 4; day++)
        {
            (await _coach.Client.PostAsJsonAsync("/api/coach/sessions",
                new SaveSessionLogRequest($"Log of day {day}.", new DateOnly(2026, 11, day)), Ct)).EnsureSuccessStatusCode();
        }

        var context = (await _coach.Client.GetFromJsonAsync<SessionContext>("/api/coach/session-context", Ct))!;

        Assert.Equal(["memory", "session-logs", "persona:roland", "load"], context.Parts.Select(p => p.Name));
        Assert.Contains("- 2026-11-01: Log of day 1.", context.Parts[0].Content);
        Assert.Contains("Log of day 4.", context.Parts[1].Content);
        Assert.DoesNotContain("Log of day 1.", context.Parts[1].Content);
        Assert.All(context.Parts, p => Assert.Equal((p.Content.Length + 3) / 4, p.ApproxTokens));
        Assert.Equal(context.Parts.Sum(p => p.ApproxTokens), context.TotalApproxTokens);
        Assert.Contains("characters / 4", context.TokenEstimate);
    }

    [Fact]
    public async Task Session_context_without_memory_carries_the_onboarding_sentence()
    {
        var context = (await _coach.Client.GetFromJsonAsync<SessionContext>("/api/coach/session-context?persona=kim", Ct))!;

        Assert.Equal(CoachMemoryText.NotOnboarded, context.Parts[0].Content);
        Assert.Equal("persona:kim", context.Parts[2].Name);
    }

    public void Dispose() => _coach.Dispose();
}
