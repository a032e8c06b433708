using ClusterSim.Engine.Core;
using ClusterSim.Engine.Mechanisms.Demand;
using ClusterSim.Engine.Mechanisms.Demography;
using ClusterSim.Engine.Mechanisms.Events;
using ClusterSim.Engine.Mechanisms.Finance;
using ClusterSim.Engine.Mechanisms.Firms;
using ClusterSim.Engine.Mechanisms.Global;
using ClusterSim.Engine.Mechanisms.Incubation;
using ClusterSim.Engine.Mechanisms.Innovation;
using ClusterSim.Engine.Mechanisms.Knowledge;
using ClusterSim.Engine.Mechanisms.Labour;
using ClusterSim.Engine.Mechanisms.Market;
using ClusterSim.Engine.Mechanisms.Parks;
using ClusterSim.Engine.Mechanisms.Spinoffs;
using ClusterSim.Engine.Mechanisms.Strategy;
using ClusterSim.Engine.Mechanisms.Ties;
using ClusterSim.Engine.Mechanisms.Training;
using ClusterSim.Engine.Scenarios;

namespace ClusterSim.Engine.Model;

/// <summary>
/// The order of a tick, in one place. Adding a mechanism is a file under Mechanisms/ and one line here;
/// docs/model.md and docs/architecture.md list the same phases (tests keep them equal). Indicators are
/// computed after the last phase by <see cref="Simulation.Step"/>.
/// </summary>
public static class Schedule
{
    internal static IReadOnlyList<Phase> Phases { get; } =
    [
        Phase.Of<AgeAndDepart>(m => m.Demography),
        Phase.Of<Immigrate>(m => m.Demography),
        Phase.Of<Graduate>(m => m.Graduates),
        Phase.Of<PullDemand>(m => m.DemandPull),
        Phase.Of<ReviewRd>(m => m.KnowledgeCreation),
        Phase.Of<ChooseStrategy>(m => m.Strategy),
        Phase.Of<CreateKnowledge>(m => m.KnowledgeCreation),
        Phase.Of<ImportTechnology>(m => m.TechnologyImport),
        Phase.Of<LearnFromTies>(m => m.FirmTransfer),
        Phase.Of<LearnFromInstitutions>(m => m.InstitutionTransfer),
        Phase.Of<LearnFromCoTenants>(m => m.CoTenantTransfer),
        Phase.Always<RebuildNeighbourhoods>(),
        Phase.Of<FormAndDecayTies>(m => m.Ties),
        Phase.Of<ClimbSupplierLadder>(m => m.Subcontracting),
        Phase.Of<LinkInstitutions>(m => m.Ties),
        Phase.Of<Innovate>(m => m.Innovation),
        Phase.Of<TrainStaff>(m => m.Training),
        Phase.Of<ProduceAndSell>(m => m.Market),
        Phase.Of<DevelopParks>(m => m.Parks),
        Phase.Of<RateParks>(m => m.LocationChoice),
        Phase.Of<ManageParks>(m => m.Parks),
        Phase.Of<RateParks>(m => m.LocationChoice),
        Phase.Of<AdmitTenants>(m => m.Parks),
        Phase.Of<IncubateIdeas>(m => m.Incubation),
        Phase.Always<RebuildNeighbourhoods>(),
        Phase.Of<HoldEvents>(m => m.Events),
        Phase.Of<FinanceFirms>(m => m.Finance),
        Phase.Of<AcquireFirms>(m => m.Acquisitions),
        Phase.Of<AttractAffiliates>(m => m.FdiAttraction),
        Phase.Of<SoftLanding>(m => m.SoftLanding),
        Phase.Always<LearnOnTheJob>(),
        Phase.Of<SeparateWorkers>(m => m.LabourMobility),
        Phase.Of<HireWorkers>(m => m.LabourMobility),
        Phase.Of<FoundSpinoffs>(m => m.Spinoffs),
        Phase.Of<ExitFirms>(m => m.Exit),
        Phase.Of<EnterFirms>(m => m.Entry),
        Phase.Always<RankKnowledge>(),
        Phase.Always<CountEmployerChanges>(),
    ];

    /// <summary>The phases in the order a tick runs them, each with the switch that turns it off and what it does.</summary>
    public static IReadOnlyList<ScheduledPhase> Order { get; } =
        Phases.Select(p => new ScheduledPhase(p.Name, p.Switch?.Key, p.Summary, p.IsEnabled)).ToArray();
}

/// <summary>A phase of the schedule as a reader sees it: made only by <see cref="Schedule.Order"/>.</summary>
public sealed class ScheduledPhase
{
    private readonly Func<MechanismSwitches, bool> _runs;

    internal ScheduledPhase(string name, string? @switch, string summary, Func<MechanismSwitches, bool> runs)
    {
        Name = name;
        Switch = @switch;
        Summary = summary;
        _runs = runs;
    }

    /// <summary>snake_case of its class, as docs/model.md §3 names it.</summary>
    public string Name { get; }

    /// <summary>Its key under <c>mechanisms</c>, or null for a phase that always runs.</summary>
    public string? Switch { get; }

    /// <summary>What it does, in a few words.</summary>
    public string Summary { get; }

    /// <summary>Whether a scenario with these switches runs the phase.</summary>
    public bool RunsUnder(MechanismSwitches switches) => _runs(switches);
}
