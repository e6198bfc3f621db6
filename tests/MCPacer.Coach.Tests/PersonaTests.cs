using System.Net;
using System.Net.Http.Json;
using MCPacer.Contracts.Coach;
using MCPacer.Testing;

namespace MCPacer.Coach.Tests;

public sealed class PersonaTests(RedisServer redis) : IDisposable
{
    readonly CoachHost _coach = new(redis);
    static CancellationToken Ct => TestContext.Current.CancellationToken;

    string UserPersonas => Directory.CreateDirectory(Path.Combine(_coach.CoachDir, "personas")).FullName;

    [Fact]
    public async Task The_five_shipped_personas_are_listed_with_the_balanced_coach_preferred()
    {
        var personas = (await _coach.Client.GetFromJsonAsync<List<PersonaSummary>>("/api/coach/personas", Ct))!;

        Assert.Equal(["coach", "david", "hartmann", "kim", "roland"], personas.Select(p => p.Name));
        Assert.All(personas, p => Assert.Equal(PersonaSource.Default, p.Source));
        Assert.Equal("coach", Assert.Single(personas, p => p.Preferred).Name);
    }

    [Fact]
    public async Task Every_persona_comes_with_the_shared_coaching_guidelines()
    {
        foreach (var name in new[] { "coach", "david", "roland", "kim", "hartmann" })
        {
            var persona = await _coach.Client.GetFromJsonAsync<Persona>($"/api/coach/personas/{name}", Ct);

            Assert.Contains("## Style", persona!.Content);
            Assert.Contains("## Tone", persona.Content);
            Assert.Contains("## Rules", persona.Content);
            Assert.Contains("Easy runs too fast", persona.Content);
            Assert.Contains("Strength and physio toolbox", persona.Content);
        }
    }

    [Fact]
    public async Task The_runners_own_personas_are_added_and_override_the_shipped_ones()
    {
        await File.WriteAllTextAsync(Path.Combine(UserPersonas, "yoda.md"), "# Yoda\n\nRun you must. Easy, easy runs are.\n", Ct);
        await File.WriteAllTextAsync(Path.Combine(UserPersonas, "david.md"), "# David, softened\n\nGentler now.\n", Ct);
        await File.WriteAllTextAsync(Path.Combine(UserPersonas, "Not A Slug.md"), "# ignored\n", Ct);

        var personas = (await _coach.Client.GetFromJsonAsync<List<PersonaSummary>>("/api/coach/personas", Ct))!;
        var david = await _coach.Client.GetFromJsonAsync<Persona>("/api/coach/personas/david", Ct);

        Assert.Equal(["coach", "david", "hartmann", "kim", "roland", "yoda"], personas.Select(p => p.Name));
        Assert.Equal(PersonaSource.User, personas.Single(p => p.Name == "yoda").Source);
        Assert.Equal(PersonaSource.UserOverride, personas.Single(p => p.Name == "david").Source);
        Assert.Equal("David, softened", david!.Title);
        Assert.StartsWith("# David, softened\n\nGentler now.", david.Content);
        Assert.Contains("Strength and physio toolbox", david.Content);
    }

    [Fact]
    public async Task The_preferred_persona_is_read_from_the_athlete_section()
    {
        _coach.WriteMemory("# Coach Memory\n\n## Athlete\n- Name: Sam\n- **Preferred persona**: Kim\n\n## Goals\n- Sub-3\n");

        var preferred = await _coach.Client.GetFromJsonAsync<Persona>("/api/coach/personas/preferred", Ct);
        var personas = await _coach.Client.GetFromJsonAsync<List<PersonaSummary>>("/api/coach/personas", Ct);

        Assert.Equal("kim", preferred!.Name);
        Assert.Equal("kim", Assert.Single(personas!, p => p.Preferred).Name);
    }

    [Fact]
    public async Task The_original_MCPacers_persona_preference_line_names_the_preferred_persona()
    {
        _coach.WriteMemory("# Coach Memory\n\n## Athlete\n- Name: Pete\n- Persona preference: david\n");

        var preferred = await _coach.Client.GetFromJsonAsync<Persona>("/api/coach/personas/preferred", Ct);

        Assert.Equal("david", preferred!.Name);
    }

    [Fact]
    public async Task An_unknown_persona_is_404_with_the_available_names()
    {
        var response = await _coach.Client.GetAsync("/api/coach/personas/nobody", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("coach, david, hartmann, kim, roland", await response.Content.ReadAsStringAsync(Ct));
    }

    public void Dispose() => _coach.Dispose();
}
