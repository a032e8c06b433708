using Spectre.Console;
using Spectre.Console.Rendering;

namespace ClusterSim.Runner.Execution;

/// <summary>A bar whose done and remaining parts differ by character, not only colour, so it reads in monochrome: <c>[#####.....]</c>.</summary>
internal sealed class TextBarColumn : ProgressColumn
{
    public const int Width = 30;

    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        int done = task.MaxValue > 0 ? (int)Math.Round(Width * Math.Clamp(task.Value / task.MaxValue, 0, 1)) : 0;
        return new Text($"[{new string('#', done)}{new string('.', Width - done)}]");
    }
}

/// <summary>Elapsed and remaining time, each labelled: <c>elapsed 0:05, left 0:12</c> (remaining unknown until progress is made).</summary>
internal sealed class LabelledTimesColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        string left = task.RemainingTime is TimeSpan remaining && task.Value > 0 ? Format(remaining) : "…";
        return new Text($"elapsed {Format(task.ElapsedTime ?? TimeSpan.Zero)}, left {left}");
    }

    internal static string Format(TimeSpan t) =>
        t.TotalHours >= 1 ? $"{(int)t.TotalHours}:{t.Minutes:D2}:{t.Seconds:D2}" : $"{t.Minutes}:{t.Seconds:D2}";
}
