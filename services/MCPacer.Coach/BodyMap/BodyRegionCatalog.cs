using System.Globalization;
using System.Text;
using MCPacer.Contracts.Coach;

namespace MCPacer.Coach.BodyMap;

/// <summary>
/// The 63 body regions (32 on the front view, 31 on the back), each with an SVG path on a 200x400 outline. The
/// service checks ids against this list and the dashboard draws from it, so there is one list, not two.
/// Shapes are written once for the athlete's left side as (dx outward from the midline, y) and mirrored for the right;
/// the athlete's left is on the viewer's right in the front view and on the viewer's left in the back view.
/// </summary>
internal static class BodyRegionCatalog
{
    const double Midline = 100;

    public static BodyMapCatalogue Catalogue { get; } = Build();

    static readonly HashSet<string> Ids = Catalogue.Regions.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

    public static bool Contains(string? id) => id is not null && Ids.Contains(id);

    public static string ValidIds { get; } = string.Join(", ", Catalogue.Regions.Select(r => r.Id));

    static BodyMapCatalogue Build()
    {
        var regions = new List<BodyRegion>();
        AddView(regions, BodyView.Front,
            [("head", "Head", Head()), ("neck", "Neck", Center((8, 50), (10, 64))),
             ("upper_abs", "Upper abdomen", Center((16, 116), (16, 146))), ("lower_abs", "Lower abdomen", Center((16, 148), (16, 176), (8, 182)))],
            [
                ("shoulder", "shoulder (front)", [(22, 64), (40, 66), (48, 80), (44, 94), (30, 86), (22, 74)]),
                ("chest", "chest", [(4, 72), (24, 74), (32, 90), (30, 112), (4, 114)]),
                ("bicep", "biceps", [(36, 96), (48, 96), (52, 130), (48, 150), (38, 148), (34, 120)]),
                ("forearm", "forearm", [(38, 152), (50, 152), (56, 180), (58, 208), (48, 210), (40, 182)]),
                ("hand", "hand", [(48, 212), (60, 210), (64, 230), (56, 242), (48, 236)]),
                ("oblique", "obliques", [(18, 116), (30, 114), (32, 150), (30, 176), (18, 176)]),
                ("hip_flexor", "hip flexor", [(8, 184), (30, 178), (34, 196), (20, 204), (8, 194)]),
                ("groin", "groin (adductors)", [(2, 198), (12, 204), (14, 236), (6, 240), (2, 220)]),
                ("quad", "quadriceps", [(14, 206), (32, 200), (34, 240), (30, 272), (16, 274), (15, 240)]),
                ("it_band", "IT band", [(35, 204), (41, 212), (40, 272), (32, 274), (36, 240)]),
                ("knee", "knee", [(14, 276), (32, 276), (34, 296), (24, 302), (14, 296)]),
                ("shin", "shin", [(16, 304), (30, 304), (30, 340), (26, 362), (18, 362), (16, 340)]),
                ("ankle", "ankle", [(16, 364), (28, 364), (30, 376), (16, 376)]),
                ("foot", "foot", [(12, 378), (30, 378), (36, 392), (14, 396)]),
            ]);
        AddView(regions, BodyView.Back,
            [("head", "Head (back)", Head()), ("neck", "Neck (back)", Center((8, 50), (10, 62))),
             ("sacrum", "Sacrum", Center((6, 182), (4, 200), (0, 206)))],
            [
                ("trap", "trapezius", [(6, 56), (12, 58), (30, 68), (20, 76), (4, 84)]),
                ("shoulder", "shoulder (rear)", [(32, 66), (44, 70), (50, 86), (44, 96), (32, 84)]),
                ("upper_back", "upper back (rhomboids)", [(4, 86), (22, 78), (30, 88), (28, 110), (4, 112)]),
                ("lat", "lat", [(6, 114), (30, 112), (32, 130), (24, 150), (8, 150)]),
                ("tricep", "triceps", [(38, 98), (50, 100), (54, 130), (50, 150), (40, 148), (36, 120)]),
                ("forearm", "forearm (back)", [(38, 152), (50, 152), (56, 180), (58, 208), (48, 210), (40, 182)]),
                ("lower_back", "lower back", [(2, 152), (24, 154), (26, 178), (2, 180)]),
                ("hip", "hip (glute medius)", [(26, 170), (36, 174), (38, 196), (30, 198), (26, 182)]),
                ("glute", "glute", [(8, 182), (26, 184), (30, 200), (28, 218), (12, 222), (2, 214)]),
                ("hamstring", "hamstring", [(6, 226), (30, 222), (34, 250), (30, 276), (12, 278), (6, 250)]),
                ("knee", "back of the knee", [(12, 280), (32, 280), (32, 298), (12, 298)]),
                ("calf", "calf", [(12, 300), (32, 300), (34, 326), (28, 350), (18, 352), (12, 328)]),
                ("achilles", "Achilles tendon", [(18, 354), (26, 354), (26, 374), (18, 374)]),
                ("heel", "heel", [(14, 376), (30, 376), (30, 392), (16, 394)]),
            ]);

        var outline = Outline();
        return new BodyMapCatalogue("0 0 200 400",
            [new BodyOutline(BodyView.Front, outline), new BodyOutline(BodyView.Back, outline)], regions);
    }

    static void AddView(
        List<BodyRegion> regions, BodyView view,
        (string Key, string Label, string Path)[] center,
        (string Key, string Label, (double Dx, double Y)[] Shape)[] sided)
    {
        var prefix = view == BodyView.Front ? "front" : "back";
        foreach (var (key, label, path) in center)
        {
            regions.Add(new BodyRegion($"{prefix}_{key}", label, BodySide.Center, view, path));
        }

        // The athlete's left is drawn on the viewer's right when facing us, on the viewer's left from behind.
        var leftSign = view == BodyView.Front ? 1 : -1;
        foreach (var (key, label, shape) in sided)
        {
            regions.Add(new BodyRegion($"{prefix}_left_{key}", $"Left {label}", BodySide.Left, view, Polygon(shape, leftSign)));
            regions.Add(new BodyRegion($"{prefix}_right_{key}", $"Right {label}", BodySide.Right, view, Polygon(shape, -leftSign)));
        }
    }

    static string Head() => "M 84 30 A 16 20 0 1 1 116 30 A 16 20 0 1 1 84 30 Z";

    /// <summary>A shape on the midline from its right half (top to bottom), mirrored.</summary>
    static string Center(params (double Dx, double Y)[] half)
    {
        var points = half.Select(p => (Midline + p.Dx, p.Y))
            .Concat(half.Reverse().Where(p => p.Dx != 0).Select(p => (Midline - p.Dx, p.Y)));
        return Path(points);
    }

    static string Polygon((double Dx, double Y)[] shape, int sign) => Path(shape.Select(p => (Midline + sign * p.Dx, p.Y)));

    static string Path(IEnumerable<(double X, double Y)> points)
    {
        var path = new StringBuilder();
        foreach (var (x, y) in points)
        {
            path.Append(path.Length == 0 ? "M " : " L ")
                .Append(x.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(y.ToString(CultureInfo.InvariantCulture));
        }

        return path.Append(" Z").ToString();
    }

    /// <summary>A runner's silhouette, arms slightly away from the body: the head, then the body traced around one side and mirrored.</summary>
    static string Outline()
    {
        (double Dx, double Y)[] side =
        [
            (8, 50), (10, 62), (24, 63), (42, 65), (50, 80), (54, 100), (57, 130), (58, 150), (61, 180), (63, 208),
            (67, 230), (58, 246), (46, 240), (44, 214), (37, 182), (34, 150), (33, 124), (32, 100), (33, 140), (32, 176),
            (38, 196), (42, 212), (42, 272), (36, 300), (34, 330), (30, 376), (38, 394), (12, 399), (11, 378), (13, 300),
            (12, 272), (4, 242), (0, 238),
        ];
        var body = side.Select(p => (Midline + p.Dx, p.Y)).Concat(side.Reverse().Where(p => p.Dx != 0).Select(p => (Midline - p.Dx, p.Y)));
        return Head() + " " + Path(body);
    }
}
