namespace ClusterSim.Runner.Sweeps;

/// <summary>What the emitted Slurm job asks for.</summary>
/// <param name="Shards">Array tasks N: task i runs shard i/N.</param>
/// <param name="Cpus">CPUs of each task (its --threads).</param>
/// <param name="Time">Wall-time limit of each task (Slurm's format, e.g. 02:00:00).</param>
/// <param name="Partition">Partition, or null for the cluster's default.</param>
public sealed record SlurmRequest(int Shards, int Cpus, string Time, string? Partition);

/// <summary>
/// The submit script of a sweep on Slurm: a bash script that submits a job array of N tasks, task i running
/// <c>clustersim sweep FILE --shard $SLURM_ARRAY_TASK_ID/N</c> into its own folder, then a merge job that starts only
/// when every task ended well (<c>--dependency=afterok</c>) and writes the merged folder. It calls the binary named by
/// <c>$CLUSTERSIM</c>, by default this one: a self-contained publish (docs/sweeps.md) runs on nodes without the .NET SDK.
/// A task killed at its time limit or by <c>scancel</c> keeps its finished runs; resubmitting the script finishes the rest.
/// </summary>
public static class SlurmScript
{
    public static string For(SweepPlan plan, string folder, SlurmRequest request, string binary)
    {
        string name = plan.File.Name;
        var sets = string.Concat(plan.Set.Select(s => $" --set {Quote(s)}"));
        string shardDir = $"{folder}/shard-$SLURM_ARRAY_TASK_ID";
        var shards = string.Join(' ', Enumerable.Range(0, request.Shards).Select(i => Quote($"{folder}/shard-{i}")));
        string partition = request.Partition is { } p ? $"#SBATCH --partition={p}" : null!;
        string[] lines =
        [
            "#!/usr/bin/env bash",
            $"# Sweep {name} on Slurm: {plan.Runs.Count} runs in {request.Shards} array tasks of {request.Cpus} CPU{(request.Cpus == 1 ? "" : "s")} each, then a merge",
            "# that waits for all of them (afterok). Written by `clustersim sweep --emit-slurm`; submit with `bash THIS_FILE`.",
            $"# It prints the merge job's id; the merged sweep lands in {folder}/merged. Resubmitting after a time limit",
            "# or scancel runs only the missing runs (each shard folder resumes).",
            "set -euo pipefail",
            "CLUSTERSIM=\"${CLUSTERSIM:-" + Quote(binary) + "}\"",
            "export CLUSTERSIM",
            $"mkdir -p {Quote(folder + "/logs")}",
            "array=$(sbatch --parsable <<'JOB'",
            "#!/usr/bin/env bash",
            $"#SBATCH --job-name={name}",
            $"#SBATCH --array=0-{request.Shards - 1}",
            $"#SBATCH --cpus-per-task={request.Cpus}",
            "#SBATCH --ntasks=1",
            $"#SBATCH --time={request.Time}",
            .. partition is null ? Array.Empty<string>() : [partition],
            $"#SBATCH --output={folder}/logs/shard-%a.out",
            "set -euo pipefail",
            $"exec \"$CLUSTERSIM\" sweep {Quote(plan.Path)} --shard \"$SLURM_ARRAY_TASK_ID/{request.Shards}\" --out \"{shardDir}\" --threads {request.Cpus} --quiet{sets}",
            "JOB",
            ")",
            "array=${array%%;*}",
            "sbatch --parsable --dependency=afterok:\"$array\" <<JOB",
            "#!/usr/bin/env bash",
            $"#SBATCH --job-name={name}-merge",
            "#SBATCH --cpus-per-task=1",
            "#SBATCH --ntasks=1",
            $"#SBATCH --time={request.Time}",
            .. partition is null ? Array.Empty<string>() : [partition],
            $"#SBATCH --output={folder}/logs/merge.out",
            "set -euo pipefail",
            $"exec \"$CLUSTERSIM\" merge {shards} --out {Quote(folder + "/merged")} --force --quiet",
            "JOB",
        ];
        return string.Join("\n", lines) + "\n";
    }

    /// <summary>A word for bash: single-quoted unless it needs nothing.</summary>
    private static string Quote(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || "/._-=+:,".Contains(c)) ? word : "'" + word.Replace("'", "'\\''") + "'";
}
