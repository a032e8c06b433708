using System.Globalization;

namespace ClusterSim.Engine.Scenarios;

/// <summary>A calendar month, written <c>YYYY-MM</c>; tick t of a run falls in <c>Start + t</c> months.</summary>
public readonly record struct YearMonth(int Year, int Month)
{
    public static bool TryParse(string text, out YearMonth value)
    {
        value = default;
        if (text.Length != 7 || text[4] != '-') return false;
        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int y)) return false;
        if (!int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int m)) return false;
        if (m is < 1 or > 12 || y < 1) return false;
        value = new YearMonth(y, m);
        return true;
    }

    public YearMonth AddMonths(int months)
    {
        int index = Year * 12 + (Month - 1) + months;
        return new YearMonth(index / 12, index % 12 + 1);
    }

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
