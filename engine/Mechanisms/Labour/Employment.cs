using ClusterSim.Engine.Core;
using ClusterSim.Engine.State;

namespace ClusterSim.Engine.Mechanisms.Labour;

/// <summary>
/// Joining and leaving employers, in one place, so that firms' employee counts and institutions'
/// researcher counts always equal the people who point at them. Called only from serial apply steps.
/// </summary>
internal static class Employment
{
    public static void Leave(SimulationState s, int person)
    {
        var people = s.People;
        int firm = people.Employer[person];
        if (firm >= 0) s.Firms.Employees[firm]--;
        int institution = people.Institution[person];
        if (institution >= 0) s.Institutions.Researchers[institution]--;
        people.Employer[person] = PersonTable.NoEmployer;
        people.Institution[person] = PersonTable.NoEmployer;
        people.TenureMonths[person] = 0;
    }

    public static void JoinFirm(SimulationState s, int person, int firm)
    {
        Leave(s, person);
        s.People.Employer[person] = firm;
        s.Firms.Employees[firm]++;
    }

    public static void JoinInstitution(SimulationState s, int person, int institution)
    {
        Leave(s, person);
        s.People.Institution[person] = institution;
        s.Institutions.Researchers[institution]++;
    }
}
