/// Where a person stands, one of the content model's seven statuses.
public enum CaseStatus: String, Sendable, CaseIterable {
    case detained // held before trial
    case imprisoned // sentenced
    case houseArrest = "house-arrest"
    case released
    case exiled
    case deceased
    case missing

    /// Whether the person is held now, so that days in detention run to the build date.
    public var isHeld: Bool {
        switch self {
        case .detained, .imprisoned, .houseArrest: return true
        case .released, .exiled, .deceased, .missing: return false
        }
    }
}
