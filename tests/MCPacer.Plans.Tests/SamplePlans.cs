namespace MCPacer.Plans.Tests;

/// <summary>Plans as a runner writes them: comments everywhere, keys in their own order, quoting as they like it.</summary>
static class SamplePlans
{
    public const string Sub3Id = "sub3-spring";

    public const string Sub3 = """
        # My spring marathon block. Written by hand, edited by the coach.
        plan_name: Sub-3 Marathon Build
        goal_race:
          race_name: Spring City Marathon   # the flat one
          date: 2026-05-10
          race_type: marathon
          distance_km: 42.195
          goal_time: "2:59:59"
          goal_pace_min_per_km: "4:15"

        plan_start_date: 2026-03-30
        notes: Three weeks up, then sharpen.

        weeks:
        - week_number: 1
          week_start_date: 2026-03-30
          total_planned_distance_km: 40
          weekly_focus: Base
          runs:
          - day_of_week: Monday
            type: easy
            distance_km: 8
            target_pace_min_per_km: "5:20"
          - day_of_week: Wednesday
            type: workout
            distance_km: 12
            structure: "2km WU, 5x1km @ 3:55, 2km CD"   # first session back
          - day_of_week: Sunday
            type: long
            distance_km: 20
        - week_number: 2
          weekly_focus: Build
          week_start_date: 2026-04-06
          total_planned_distance_km: 45
          runs:
          - day_of_week: Tuesday
            type: tempo
            distance_km: 12
            target_pace_min_per_km: "4:05"
          - day_of_week: Sunday
            type: long
            distance_km: 24
        # Groin niggle: volume cut 20%
        - week_number: 3
          week_start_date: 2026-04-13
          total_planned_distance_km: 36   # was 45
          weekly_focus: Recovery
          runs:
          - day_of_week: Monday
            type: recovery
            distance_km: 6
          - day_of_week: Wednesday
            type: easy
            distance_km: 10
            description: Easy aerobic
          - day_of_week: Wednesday
            type: cross_training
            description: Bike
            duration_minutes: 45
          - day_of_week: Saturday
            type: rest
          - day_of_week: Sunday
            type: long
            distance_km: 20
        - week_number: 4
          week_start_date: 2026-04-20
          weekly_focus: Sharpen
          runs: []
        - week_number: 5
          week_start_date: 2026-04-27
          weekly_focus: Taper
          runs:
          - day_of_week: Thursday
            type: marathon_pace
            distance_km: 10
            target_pace_min_per_km: "4:15"
        - week_number: 6
          week_start_date: 2026-05-04
          weekly_focus: Race week
          runs:
          - day_of_week: Sunday
            type: race
            distance_km: 42.2
            target_pace_min_per_km: "4:15"

        """;

    public const string ReadmeId = "readme-example";

    /// <summary>
    /// The example plan of the original MCPacer's README. The stored text of that README (../shared/seed/mcpacer-readme.txt)
    /// lost the YAML's indentation, so it cannot be read from there as YAML: the example is written here with two spaces a
    /// level put back, and <c>OriginalPlanTests</c> checks it is that README's example line for line.
    /// </summary>
    public const string Readme = """
        plan_name: Sub-3 Marathon Build
        goal_race:
          date: 2026-04-04
          goal_time: "2:59:59"
        weeks:
          - week_number: 1
            total_planned_distance_km: 75
            runs:
              - day_of_week: Wednesday
                type: workout
                distance_km: 16
                structure: "2.5km warmup, 5x2km @ 3:50-3:55, cooldown"

        """;

    public const string OriginalTypesId = "spring-half";

    /// <summary>
    /// A plan as the original MCPacer writes one (ruamel.yaml: indented lists, its legacy created_date and plan_end_date),
    /// using each of its ten run types: easy, workout, long_run, recovery, shakeout, rest, race, gym, cross_training, tuneup_race.
    /// </summary>
    public const string OriginalTypes = """
        plan_name: Spring Half Build
        created_date: 2026-03-20
        plan_start_date: 2026-04-06
        plan_end_date: 2026-04-26
        goal_race:
          race_name: City Half
          date: 2026-04-26
          race_type: half_marathon
          distance_km: 21.1
          goal_time: "1:24:59"
          goal_pace_min_per_km: "4:02"
        notes: Sharpen with a tune-up 10k, absorb it, then race.
        weeks:
          - week_number: 1   # tune-up week
            week_start_date: 2026-04-06
            weekly_focus: Sharpen
            runs:
              - day_of_week: Monday
                type: gym
                description: Lower body strength
                duration_minutes: 45
              - day_of_week: Tuesday
                type: workout
                distance_km: 12
                target_pace_min_per_km: "3:55"
                structure: "WU 2km + 4×1mile @ 3:55/km w/75s jog rec + CD 2km"
              - day_of_week: Wednesday
                type: easy
                distance_km: 10
                target_pace_min_per_km: "5:10"
              - day_of_week: Thursday
                type: rest
              - day_of_week: Friday
                type: shakeout
                distance_km: 4
                description: Legs loose for Saturday
              - day_of_week: Saturday
                type: tuneup_race
                distance_km: 10
                target_pace_min_per_km: "3:50"
              - day_of_week: Sunday
                type: long_run
                distance_km: 18
                target_pace_min_per_km: "5:00"
          - week_number: 2
            week_start_date: 2026-04-13
            total_planned_distance_km: 40
            weekly_focus: Absorb
            runs:
              - day_of_week: Monday
                type: recovery
                distance_km: 6
              - day_of_week: Wednesday
                type: cross_training
                description: Easy spin
                duration_minutes: 40
              - day_of_week: Saturday
                type: easy
                distance_km: 12
          - week_number: 3
            week_start_date: 2026-04-20
            weekly_focus: Race week
            runs:
              - day_of_week: Sunday
                type: race
                distance_km: 21.1
                target_pace_min_per_km: "4:02"

        """;
}
