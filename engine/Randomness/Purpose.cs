namespace ClusterSim.Engine.Randomness;

/// <summary>
/// What a random number is drawn for. Each purpose has its own stream, so switching one mechanism
/// off or adding draws to it never shifts the numbers another mechanism sees (common random numbers).
/// The numeric values are part of the reproducibility contract: append new purposes, never renumber.
/// </summary>
public enum Purpose : uint
{
    RegionGeneration = 1,
    KnowledgeCreation = 2,
    TieFormation = 3,
    Market = 4,
    Quits = 5,
    JobSearch = 6,
    HiringPriority = 7,
    FirmEntry = 8,
    FirmExit = 9,
    NewFirmSetup = 10,
}
