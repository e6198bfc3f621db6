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
}
