namespace ClusterSim.Engine.State;

/// <summary>Kinds of firm (model-brief §1.1–1.2).</summary>
public enum FirmKind : byte { Sme, Ntbf, Large, TncAffiliate }

/// <summary>How a firm came to be (model-brief §1.0).</summary>
public enum FirmOrigin : byte { DeNovo }
