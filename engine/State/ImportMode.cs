namespace ClusterSim.Engine.State;

/// <summary>The modes of technology import (M20), in output order: machines, a licence, or through a multinational parent (FDI).</summary>
internal enum ImportMode : byte { Machines, Licence, Fdi }
