namespace ClusterSim.Engine.Randomness;

/// <summary>
/// What a random number is drawn for. Each purpose has its own stream, so switching one mechanism
/// off or adding draws to it never shifts the numbers another mechanism sees (common random numbers).
/// The numeric values are part of the reproducibility contract: append new purposes, never renumber,
/// and never reuse a retired number (2, 9 and 31 are retired).
/// </summary>
internal enum Purpose : uint
{
    RegionGeneration = 1,
    TieFormation = 3,
    Market = 4,
    Quits = 5,
    JobSearch = 6,
    HiringPriority = 7,
    FirmEntry = 8,
    NewFirmSetup = 10,
    Retirement = 11,
    Emigration = 12,
    Immigration = 13,
    Graduation = 14,
    RdReview = 15,
    InstitutionLinks = 16,
    Innovation = 17,
    FieldDemand = 18,
    OnTheJobSearch = 19,
    Spinoff = 20,
    InstitutionSetup = 21,
    ParkTenancy = 22,
    ParkApplication = 23,
    Incubation = 24,
    Events = 25,
    IncubationFounder = 26,
    Finance = 27,
    TechnologyImport = 28,
    Acquisition = 29,
    Subcontracting = 30,
    SoftLanding = 32,
    FirmEmigration = 33,
    Strategy = 34,
    Fdi = 35,
    /// <summary>Stochastic rounding of a firm's wanted size in the market phase.</summary>
    MarketGrowth = 36,
    /// <summary>Whether a firm closes this month (exit hazard).</summary>
    Exit = 37,
}
