using System.Security.Cryptography;
using System.Text;
using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Model;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Checkpoints;

/// <summary>A checkpoint file that cannot be used: not one, corrupt, truncated, from another format version, or for another region.</summary>
public sealed class CheckpointException(string message) : Exception(message);

/// <summary>
/// A whole replication between two ticks, as a file: a versioned header, the resolved scenario with its
/// SHA-256, the replication and tick, the caller's run settings, the outputs written so far (indicator rows
/// and panel records) and the model's state, then a SHA-256 of everything before it. Data only: behaviour
/// is rebuilt from the scenario on <see cref="Restore"/>, so a run resumed from it continues exactly as if
/// it had never stopped, on any thread count.
/// </summary>
public sealed class Checkpoint
{
    /// <summary>Version of the file layout; a file of another version is refused, never guessed at.</summary>
    public const int FormatVersion = 2;
    private static readonly byte[] Magic = "CSIMCKPT"u8.ToArray();
    private const int HeaderBytes = 8 + 4 + 8;
    private const int HashBytes = 32;

    private readonly long _stateOffset;

    private Checkpoint(string path, string sha256, string scenarioYaml, int replication, int tick, string runInfo,
        IReadOnlyList<IndicatorRow> rows, IReadOnlyList<PanelRecord> panel, long stateOffset)
    {
        Path = path;
        Sha256 = sha256;
        ScenarioYaml = scenarioYaml;
        Replication = replication;
        Tick = tick;
        RunInfo = runInfo;
        Rows = rows;
        Panel = panel;
        _stateOffset = stateOffset;
    }

    public string Path { get; }

    /// <summary>SHA-256 of the file's contents (its trailer), for manifests.</summary>
    public string Sha256 { get; }

    /// <summary>The resolved scenario the state was run with.</summary>
    public string ScenarioYaml { get; }

    public int Replication { get; }

    /// <summary>The next tick to simulate: ticks 0 … Tick − 1 are done.</summary>
    public int Tick { get; }

    /// <summary>Settings of the command that wrote it, as its own text (the engine does not read it).</summary>
    public string RunInfo { get; }

    /// <summary>Indicator rows written before the checkpoint, in order (earlier replications included).</summary>
    public IReadOnlyList<IndicatorRow> Rows { get; }

    /// <summary>Panel records written before the checkpoint, in order.</summary>
    public IReadOnlyList<PanelRecord> Panel { get; }

    public static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Writes <paramref name="simulation"/>'s state and the outputs so far to <paramref name="path"/> (under a temporary name, renamed when complete).</summary>
    /// <param name="path">The checkpoint file.</param>
    /// <param name="simulation">Between ticks.</param>
    /// <param name="runInfo">The caller's settings, stored as given.</param>
    /// <param name="rows">Indicator rows written so far.</param>
    /// <param name="panel">Panel records written so far.</param>
    public static void Write(string path, Simulation simulation, string runInfo, IEnumerable<IndicatorRow> rows, IEnumerable<PanelRecord> panel)
    {
        string temporary = path + $".tmp-{Environment.ProcessId}";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 20))
        {
            using (var writer = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(Magic);
                writer.Write(FormatVersion);
                writer.Write(0L); // payload length, written once known
                string yaml = ScenarioWriter.Write(simulation.Scenario);
                writer.Write(HashOf(yaml));
                writer.Write(yaml);
                writer.Write(simulation.State.Replication);
                writer.Write(simulation.State.Tick);
                writer.Write(runInfo);
                OutputHistory.WriteRows(writer, rows);
                OutputHistory.WritePanel(writer, panel);
                StateSerializer.Write(writer, simulation.State);
                writer.Flush();
                long payload = file.Position - HeaderBytes;
                file.Position = Magic.Length + 4;
                writer.Write(payload);
                writer.Flush();
            }
            file.Write(HashRange(file, file.Length));
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads and checks a checkpoint: everything but the state, which <see cref="Restore"/> reads.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="CheckpointException">The file is not a checkpoint, is of another format version, is truncated or corrupt.</exception>
    public static Checkpoint Read(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
            using var reader = new BinaryReader(file, Encoding.UTF8, leaveOpen: true);
            if (file.Length < Magic.Length || !reader.ReadBytes(Magic.Length).SequenceEqual(Magic))
                throw new CheckpointException($"{path}: not a ClusterSim checkpoint");
            if (file.Length < HeaderBytes) throw new CheckpointException($"{path}: truncated ({file.Length} bytes, shorter than the header)");
            int version = reader.ReadInt32();
            if (version != FormatVersion)
                throw new CheckpointException($"{path}: checkpoint format version {version}; this engine reads version {FormatVersion} (resume it with the engine that wrote it)");
            long payload = reader.ReadInt64();
            long expected = HeaderBytes + payload + HashBytes;
            if (payload < 0 || file.Length < expected)
                throw new CheckpointException($"{path}: truncated ({file.Length:N0} bytes of {expected:N0})");
            if (file.Length > expected) throw new CheckpointException($"{path}: corrupt ({file.Length - expected:N0} bytes after the end)");
            string sha = VerifyHash(file, HeaderBytes + payload, path);

            file.Position = HeaderBytes;
            string scenarioSha = reader.ReadString();
            string yaml = reader.ReadString();
            if (HashOf(yaml) != scenarioSha) throw new CheckpointException($"{path}: corrupt (the scenario does not match its hash)");
            int replication = reader.ReadInt32(), tick = reader.ReadInt32();
            string runInfo = reader.ReadString();
            var rows = OutputHistory.ReadRows(reader);
            var panel = OutputHistory.ReadPanel(reader);
            return new Checkpoint(path, sha, yaml, replication, tick, runInfo, rows, panel, file.Position);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or FormatException or ArgumentOutOfRangeException)
        {
            throw new CheckpointException($"{path}: corrupt ({e.Message})");
        }
        catch (IOException e) when (e is not EndOfStreamException)
        {
            throw new CheckpointException($"{path}: cannot read it ({e.Message})");
        }
    }

    /// <summary>The replication at <see cref="Tick"/>, driven from here by <paramref name="scenario"/> on <paramref name="executor"/>.</summary>
    /// <param name="scenario">The checkpoint's own scenario, or one that differs from it only in what has not yet acted (a fork's variant).</param>
    /// <param name="executor">Any thread count: results do not depend on it.</param>
    public Simulation Restore(Scenario scenario, ChunkedExecutor executor)
    {
        try
        {
            using var file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
            file.Position = _stateOffset;
            using var reader = new BinaryReader(file, Encoding.UTF8);
            return new Simulation(StateSerializer.Read(reader, scenario, Replication, executor));
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException)
        {
            throw new CheckpointException($"{Path}: its state does not fit this scenario ({e.Message})");
        }
    }

    /// <summary>SHA-256 of the first <paramref name="length"/> bytes of <paramref name="file"/>; leaves the position at <paramref name="length"/>.</summary>
    private static byte[] HashRange(FileStream file, long length)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 20];
        file.Position = 0;
        for (long left = length; left > 0;)
        {
            int n = file.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            if (n == 0) throw new EndOfStreamException();
            hash.AppendData(buffer, 0, n);
            left -= n;
        }
        return hash.GetHashAndReset();
    }

    private static string VerifyHash(FileStream file, long length, string path)
    {
        var computed = HashRange(file, length);
        var stored = new byte[HashBytes];
        file.ReadExactly(stored);
        if (!computed.AsSpan().SequenceEqual(stored)) throw new CheckpointException($"{path}: corrupt (checksum mismatch)");
        return Convert.ToHexStringLower(stored);
    }
}
