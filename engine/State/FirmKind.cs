namespace ClusterSim.Engine.State;

/// <summary>Kinds of firm (brief §1.1–1.2).</summary>
public enum FirmKind : byte { Sme, Ntbf, Large, TncAffiliate }

/// <summary>How a firm came to be (brief §1.0, §1.3).</summary>
public enum FirmOrigin : byte { DeNovo, UniversitySpinoff, ResearchInstituteSpinoff, CorporateSpinoff, SmeSpinoff, SoftLanding }

/// <summary>What an NTBF mainly does (brief §1.1: R&amp;D-focused, manufacturing, high-tech services); other firms are <see cref="Manufacturing"/>.</summary>
internal enum FirmActivity : byte { Manufacturing, RdFocused, HighTechServices }

/// <summary>Layers of the firm-to-firm network (brief M4). A tie is owned by the firm that learns through it.</summary>
internal enum TieLayer : byte
{
    /// <summary>Horizontal R&amp;D or business partner.</summary>
    Collaboration,
    /// <summary>The partner supplies the owner.</summary>
    Supplier,
    /// <summary>The partner buys from the owner.</summary>
    Customer,
    /// <summary>Parent and spin-off, either way round.</summary>
    Parent,
    /// <summary>A link to a firm outside the region; the partner is the external frontier.</summary>
    External,
}

/// <summary>Where the knowledge behind an innovation came from (brief M4, validation-targets E7). Numbering is output order.</summary>
internal enum KnowledgeChannel : byte { Internal, Customer, Supplier, Peer, University, ResearchInstitute, Hire, Parent, Multinational, Import }

/// <summary>Novelty of an innovation (brief M1; WB:L739).</summary>
internal enum InnovationType : byte { Adopted, Adapted, Original }

/// <summary>Rungs of the subcontracting ladder (brief M13; UN ¶14 L88–92).</summary>
internal enum SupplierTier : byte { None, SimpleComponents, Oem, Odm, Obm }
