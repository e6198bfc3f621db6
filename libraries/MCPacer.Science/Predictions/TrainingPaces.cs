using MCPacer.Science.Streams;

namespace MCPacer.Science.Predictions;

/// <summary>Daniels' five training paces, seconds per kilometre.</summary>
/// <param name="EasySlowest">Slow end of E (easy and long runs).</param>
/// <param name="EasyFastest">Fast end of E.</param>
/// <param name="Marathon">M: predicted marathon race pace.</param>
/// <param name="Threshold">T: threshold ("comfortably hard").</param>
/// <param name="Interval">I: VO2max intervals.</param>
/// <param name="Repetition">R: repetitions.</param>
public sealed record TrainingPaces(double EasySlowest, double EasyFastest, double Marathon, double Threshold, double Interval, double Repetition)
{
    /// <summary>%VO2max of the slow end of E. Daniels' text gives E as 59–74 %; his pace table's E band sits at about 63–73 %.</summary>
    public const double EasySlowFraction = 0.63;

    /// <summary>%VO2max of the fast end of E (Daniels' table).</summary>
    public const double EasyFastFraction = 0.73;

    /// <summary>%VO2max of T: 88 %, which reproduces Daniels' T column.</summary>
    public const double ThresholdFraction = 0.88;

    /// <summary>%VO2max of I: 97.5 % (Daniels: 95–100 %), which reproduces his I column.</summary>
    public const double IntervalFraction = 0.975;

    /// <summary>%VO2max of R: 105 %, which reproduces Daniels' R column (about mile race pace).</summary>
    public const double RepetitionFraction = 1.05;

    /// <summary>
    /// The paces for a VDOT (Daniels' Running Formula, 3rd ed., training-intensity table): each from the speed whose
    /// oxygen cost is the zone's fraction of VDOT, except M, which is the marathon time predicted at that VDOT.
    /// </summary>
    public static TrainingPaces FromVdot(double vdot)
    {
        double At(double fraction) => Pace.FromSpeed(Vdot.SpeedAtFraction(vdot, fraction) / 60);
        return new TrainingPaces(
            At(EasySlowFraction), At(EasyFastFraction), Vdot.PredictSeconds(vdot, RaceDistances.Marathon.Meters) / 42.195,
            At(ThresholdFraction), At(IntervalFraction), At(RepetitionFraction));
    }
}
