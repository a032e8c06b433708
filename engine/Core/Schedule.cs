using ClusterSim.Engine.Indicators;
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

namespace ClusterSim.Engine.Core;

/// <summary>
/// The order of a tick, in one place. Adding a mechanism is a file under Mechanisms/ and one line here;
/// docs/model.md and docs/architecture.md list the same phases (tests keep them equal). Indicators are
/// computed after the last phase by <see cref="Simulation.Step"/>.
/// </summary>
public static class Schedule
{
    public static IReadOnlyList<Phase> Phases { get; } =
    [
        new("age_and_depart", "demography", AgeAndDepart.Run),
        new("immigrate", "demography", Immigrate.Run),
        new("graduate", "graduates", Graduate.Run),
        new("pull_demand", "demand_pull", PullDemand.Run),
        new("review_rd", "knowledge_creation", ReviewRd.Run),
        new("choose_strategy", "strategy", ChooseStrategy.Run),
        new("create_knowledge", "knowledge_creation", CreateKnowledge.Run),
        new("import_technology", "technology_import", ImportTechnology.Run),
        new("learn_from_ties", "firm_transfer", LearnFromTies.Run),
        new("learn_from_institutions", "institution_transfer", LearnFromInstitutions.Run),
        new("form_and_decay_ties", "ties", FormAndDecayTies.Run),
        new("climb_supplier_ladder", "subcontracting", ClimbSupplierLadder.Run),
        new("link_institutions", "ties", LinkInstitutions.Run),
        new("innovate", "innovation", Innovate.Run),
        new("train_staff", "training", TrainStaff.Run),
        new("produce_and_sell", "market", ProduceAndSell.Run),
        new("manage_parks", "parks", ManageParks.Run),
        new("admit_tenants", "parks", AdmitTenants.Run),
        new("incubate_ideas", "incubation", IncubateIdeas.Run),
        new("hold_events", "events", HoldEvents.Run),
        new("finance_firms", "finance", FinanceFirms.Run),
        new("acquire_firms", "acquisitions", AcquireFirms.Run),
        new("attract_affiliates", "fdi_attraction", AttractAffiliates.Run),
        new("soft_landing", "soft_landing", SoftLanding.Run),
        new("learn_on_the_job", null, LearnOnTheJob.Run),
        new("separate_workers", "labour_mobility", SeparateWorkers.Run),
        new("hire_workers", "labour_mobility", HireWorkers.Run),
        new("found_spinoffs", "spinoffs", FoundSpinoffs.Run),
        new("exit_firms", "exit", ExitFirms.Run),
        new("enter_firms", "entry", EnterFirms.Run),
        new("record_panel", null, RecordPanel.Run),
    ];
}
