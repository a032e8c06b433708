namespace ClusterSim.Loader;

/// <summary>
/// Names that become file and folder names (a scenario's or a comparison's <c>name</c> names its output folder):
/// a word of letters, digits, <c>_</c>, <c>-</c> and <c>.</c>, starting with a letter or digit, so it can neither
/// climb out of <c>out/</c> (<c>../</c>), be absolute, nor hide.
/// </summary>
public static class FileNames
{
    public const int MaxLength = 100;

    /// <summary>Why <paramref name="name"/> cannot name a folder, or null when it can.</summary>
    public static string? Problem(string name)
    {
        if (name.Length == 0) return "must not be empty";
        if (name.Length > MaxLength) return $"is {name.Length} characters long; a name is at most {MaxLength}";
        if (!char.IsAsciiLetterOrDigit(name[0]) || name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.')))
            return $"'{name}' names the output folder: use letters, digits, '_', '-' and '.', starting with a letter or digit";
        return null;
    }
}
