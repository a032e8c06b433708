namespace ClusterSim.Runner;

/// <summary>The runner's exit codes: a contract scripts and Slurm jobs rely on.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int BadInput = 2;
    public const int Cancelled = 130;
}

/// <summary>Bad input found by the runner itself (a command-line value, an output folder); exit code 2.</summary>
public sealed class BadInputException(string message) : Exception(message);

/// <summary>A run that cannot give correct outputs (not a bug, not bad input); one line, exit code 1.</summary>
public sealed class RunFailedException(string message) : Exception(message);
