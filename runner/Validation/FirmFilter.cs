using ClusterSim.Engine.Indicators;
using ClusterSim.Engine.Scenarios;
using ClusterSim.Loader.Validation;

namespace ClusterSim.Runner.Validation;

/// <summary>Whether a panel record belongs to a <see cref="FirmPopulation"/>.</summary>
public static class FirmFilter
{
    public static bool Matches(this FirmPopulation population, PanelRecord firm, Scenario scenario) =>
        (population.Kinds.Count == 0 || population.Kinds.Contains(firm.Kind))
        && (population.Origins.Count == 0 || population.Origins.Contains(firm.Origin))
        && (population.HighTech is not bool highTech || (firm.Field < scenario.Region.HighTechFields) == highTech)
        && (!population.BornDuringRun || firm.BirthTick > 0)
        && firm.Employees >= population.MinEmployees
        && (population.MaxEmployees is not int max || firm.Employees <= max)
        && (population.RegionalTies is not bool regional || (firm.TiesCollaboration + firm.TiesSupplier + firm.TiesCustomer + firm.TiesParent > 0) == regional)
        && (population.GlobalTies is not bool global || (firm.TiesExternal > 0) == global);
}
