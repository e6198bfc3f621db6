using System.Diagnostics.CodeAnalysis;

namespace MCPacer.Contracts;

/// <summary>
/// A file-safe name (plan ids, persona names): lowercase letters, digits and dashes, 1 to 64 characters.
/// Anything path-like ("../x", "a/b", "") is refused here, once, instead of in every handler.
/// </summary>
public readonly record struct Slug : IParsable<Slug>
{
    public const int MaxLength = 64;

    /// <summary>What a valid name is made of, for error messages.</summary>
    public static readonly string Rule = $"1-{MaxLength} lowercase letters, digits, '-' or '_'";

    public string Value { get; }

    Slug(string value) => Value = value;

    public override string ToString() => Value;

    public static bool IsValid(string? candidate) =>
        !string.IsNullOrEmpty(candidate)
        && candidate.Length <= MaxLength
        && candidate[0] != '-'
        && candidate.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_');

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Slug result)
    {
        var normalized = s?.Trim().ToLowerInvariant();
        result = IsValid(normalized) ? new Slug(normalized!) : default;
        return result.Value is not null;
    }

    public static bool TryParse([NotNullWhen(true)] string? s, out Slug result) => TryParse(s, null, out result);

    public static Slug Parse(string s, IFormatProvider? provider = null) =>
        TryParse(s, provider, out var slug)
            ? slug
            : throw new FormatException($"'{s}' is not a valid name: use {Rule}.");

    /// <summary>Turns a title into a slug ("Sub-3 Marathon Build" → "sub-3-marathon-build").</summary>
    public static Slug FromTitle(string title)
    {
        var chars = title.Trim().ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        var collapsed = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (collapsed.Length > MaxLength)
        {
            collapsed = collapsed[..MaxLength].TrimEnd('-');
        }

        return Parse(collapsed.Length == 0 ? "plan" : collapsed);
    }
}
