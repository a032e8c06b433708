using System.Security.Cryptography;
using System.Text;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Model;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Checkpoints;

/// <summary>A checkpoint that cannot be used: not one, corrupt, truncated, from another format version, or for another region.</summary>
public sealed class CheckpointException(string message) : Exception(message);

/// <summary>
/// A whole replication between two ticks, as bytes: a versioned header, the resolved scenario with its
/// SHA-256, the replication and tick, the caller's run settings, the outputs written so far (indicator rows
/// and panel records) and the model's state, then a SHA-256 of everything before it. Data only: behaviour
/// is rebuilt from the scenario on <see cref="Restore"/>, so a run resumed from it continues exactly as if
/// it had never stopped, on any thread count. It reads and writes streams; where they live (files, temporary
/// names, renames) is the caller's business.
/// </summary>
public sealed class Checkpoint
{
    /// <summary>Version of the layout; a checkpoint of another version is refused, never guessed at.</summary>
    public const int FormatVersion = 6;
    private static readonly byte[] Magic = "CSIMCKPT"u8.ToArray();
    private const int HeaderBytes = 8 + 4 + 8;
    private const int HashBytes = 32;

    private readonly long _stateOffset;

    private Checkpoint(string sha256, string scenarioYaml, int replication, int tick, string runInfo,
        IReadOnlyList<IndicatorRow> rows, IReadOnlyList<PanelRecord> panel, long stateOffset)
    {
        Sha256 = sha256;
        ScenarioYaml = scenarioYaml;
        Replication = replication;
        Tick = tick;
        RunInfo = runInfo;
        Rows = rows;
        Panel = panel;
        _stateOffset = stateOffset;
    }

    /// <summary>SHA-256 of the checkpoint's contents (its trailer), for manifests.</summary>
    public string Sha256 { get; }

    /// <summary>The resolved scenario the state was run with, as the caller wrote it.</summary>
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

    /// <summary>Writes <paramref name="simulation"/>'s state and the outputs so far to <paramref name="destination"/>, from its start.</summary>
    /// <param name="destination">Empty, readable, writable and seekable: the header's length and the trailing hash are written once the rest is.</param>
    /// <param name="simulation">Between ticks.</param>
    /// <param name="scenarioYaml">The resolved scenario's text, which restoring it must give back <paramref name="simulation"/>'s scenario.</param>
    /// <param name="runInfo">The caller's settings, stored as given.</param>
    /// <param name="rows">Indicator rows written so far.</param>
    /// <param name="panel">Panel records written so far.</param>
    public static void Write(Stream destination, Simulation simulation, string scenarioYaml, string runInfo, IEnumerable<IndicatorRow> rows, IEnumerable<PanelRecord> panel)
    {
        using (var writer = new BinaryWriter(destination, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(0L); // payload length, written once known
            writer.Write(HashOf(scenarioYaml));
            writer.Write(scenarioYaml);
            writer.Write(simulation.State.Replication);
            writer.Write(simulation.State.Tick);
            writer.Write(runInfo);
            OutputHistory.WriteRows(writer, rows);
            OutputHistory.WritePanel(writer, panel);
            StateSerializer.Write(writer, simulation.State);
            writer.Flush();
            long payload = destination.Position - HeaderBytes;
            destination.Position = Magic.Length + 4;
            writer.Write(payload);
            writer.Flush();
        }
        destination.Write(HashRange(destination, destination.Length));
    }

    /// <summary>Reads and checks a checkpoint: everything but the state, which <see cref="Restore"/> reads.</summary>
    /// <param name="source">Readable and seekable, holding the checkpoint from its start (read from position 0).</param>
    /// <exception cref="CheckpointException">Not a checkpoint, of another format version, truncated or corrupt (the message names no file: the caller knows it).</exception>
    public static Checkpoint Read(Stream source)
    {
        try
        {
            source.Position = 0;
            using var reader = new BinaryReader(source, Encoding.UTF8, leaveOpen: true);
            if (source.Length < Magic.Length || !reader.ReadBytes(Magic.Length).SequenceEqual(Magic))
                throw new CheckpointException("not a ClusterSim checkpoint");
            if (source.Length < HeaderBytes) throw new CheckpointException($"truncated ({source.Length} bytes, shorter than the header)");
            int version = reader.ReadInt32();
            if (version != FormatVersion)
                throw new CheckpointException($"checkpoint format version {version}; this engine reads version {FormatVersion} (resume it with the engine that wrote it)");
            long payload = reader.ReadInt64();
            long expected = HeaderBytes + payload + HashBytes;
            if (payload < 0 || source.Length < expected)
                throw new CheckpointException($"truncated ({source.Length:N0} bytes of {expected:N0})");
            if (source.Length > expected) throw new CheckpointException($"corrupt ({source.Length - expected:N0} bytes after the end)");
            string sha = VerifyHash(source, HeaderBytes + payload);

            source.Position = HeaderBytes;
            string scenarioSha = reader.ReadString();
            string yaml = reader.ReadString();
            if (HashOf(yaml) != scenarioSha) throw new CheckpointException("corrupt (the scenario does not match its hash)");
            int replication = reader.ReadInt32(), tick = reader.ReadInt32();
            string runInfo = reader.ReadString();
            var rows = OutputHistory.ReadRows(reader);
            var panel = OutputHistory.ReadPanel(reader);
            return new Checkpoint(sha, yaml, replication, tick, runInfo, rows, panel, source.Position);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or FormatException or ArgumentOutOfRangeException)
        {
            throw new CheckpointException($"corrupt ({e.Message})");
        }
    }

    /// <summary>The replication at <see cref="Tick"/>, driven from here by <paramref name="scenario"/> on <paramref name="executor"/>.</summary>
    /// <param name="source">The checkpoint <see cref="Read"/> read, again from its start.</param>
    /// <param name="scenario">The checkpoint's own scenario, or one that differs from it only in what has not yet acted (a fork's variant).</param>
    /// <param name="executor">Any thread count: results do not depend on it.</param>
    public Simulation Restore(Stream source, Scenario scenario, ChunkedExecutor executor)
    {
        try
        {
            source.Position = _stateOffset;
            using var reader = new BinaryReader(source, Encoding.UTF8, leaveOpen: true);
            return new Simulation(StateSerializer.Read(reader, scenario, Replication, executor));
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException)
        {
            throw new CheckpointException($"its state does not fit this scenario ({e.Message})");
        }
    }

    /// <summary>SHA-256 of the first <paramref name="length"/> bytes of <paramref name="stream"/>; leaves the position at <paramref name="length"/>.</summary>
    private static byte[] HashRange(Stream stream, long length)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 20];
        stream.Position = 0;
        for (long left = length; left > 0;)
        {
            int n = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            if (n == 0) throw new EndOfStreamException();
            hash.AppendData(buffer, 0, n);
            left -= n;
        }
        return hash.GetHashAndReset();
    }

    private static string VerifyHash(Stream stream, long length)
    {
        var computed = HashRange(stream, length);
        var stored = new byte[HashBytes];
        stream.ReadExactly(stored);
        if (!computed.AsSpan().SequenceEqual(stored)) throw new CheckpointException("corrupt (checksum mismatch)");
        return Convert.ToHexStringLower(stored);
    }
}
