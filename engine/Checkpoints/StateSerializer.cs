using ClusterSim.Engine.Core;
using ClusterSim.Engine.Execution;
using ClusterSim.Engine.Mechanisms.Ties;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Checkpoints;

/// <summary>
/// The model's whole state between two ticks as data: the tick of <see cref="SimulationState"/>, its regional
/// variables (<see cref="RegionalState"/>), and every column of the firm, person, institution and park tables.
/// Behaviour is not saved: the schedule, the levers in force and the random streams are rebuilt from the
/// scenario (the generator is counter-based, so its "position" is the tick and the entity keys). Per-tick
/// scratch is rebuilt by the phases that use it.
/// </summary>
internal static class StateSerializer
{
    public static void Write(BinaryWriter writer, SimulationState s)
    {
        writer.Write(s.Firms.Fields);
        writer.Write(s.Firms.TieSlots);
        ColumnSerializer.Write(writer, s);
        ColumnSerializer.Write(writer, s.Region);
        ColumnSerializer.Write(writer, s.Firms);
        ColumnSerializer.Write(writer, s.People);
        ColumnSerializer.Write(writer, s.Institutions);
        ColumnSerializer.Write(writer, s.Parks);
    }

    /// <summary>A state for <paramref name="scenario"/> (whose region must match the checkpoint's) with the checkpoint's data.</summary>
    /// <param name="reader">Positioned at the state.</param>
    /// <param name="scenario">The scenario that will drive the state from here.</param>
    /// <param name="replication">The replication the state belongs to (it keys the random streams).</param>
    /// <param name="executor">The executor to run it on, any thread count.</param>
    public static SimulationState Read(BinaryReader reader, Scenarios.Scenario scenario, int replication, ChunkedExecutor executor)
    {
        int fields = reader.ReadInt32(), tieSlots = reader.ReadInt32();
        if (fields != scenario.Region.Fields || tieSlots != scenario.Parameters.Of<TieParameters>().MaxTiesPerFirm)
            throw new InvalidDataException($"the checkpoint has {fields} fields and {tieSlots} tie slots per firm; the scenario has {scenario.Region.Fields} and {scenario.Parameters.Of<TieParameters>().MaxTiesPerFirm}");
        var firms = new FirmTable(fields, tieSlots, 0);
        var people = new PersonTable(0);
        var institutions = new InstitutionTable(scenario.Institutions.KnowledgeInstitutions, firms.Stride);
        var state = new SimulationState(scenario, replication, executor, firms, people, institutions);
        ColumnSerializer.Read(reader, state);
        ColumnSerializer.Read(reader, state.Region);
        ColumnSerializer.Read(reader, firms);
        ColumnSerializer.Read(reader, people);
        people.RecountLocalities();
        ColumnSerializer.Read(reader, institutions);
        ColumnSerializer.Read(reader, state.Parks);
        return state;
    }
}
