import VanBanModel

/// Every rule, in catalogue order: the one source of truth for `check --list-rules` and SARIF.
public enum Catalogue {
    public static let rules: [Rule] = [
        HeaderRules.h01, HeaderRules.h02, HeaderRules.h03,
        NumberRules.n01, NumberRules.n02, NumberRules.n03, NumberRules.n04,
        DateRules.d01, DateRules.d02, DateRules.d03,
        TypeRules.t01,
        PreambleRules.c01, PreambleRules.c02,
        StructureRules.s01, StructureRules.s02, StructureRules.s03, StructureRules.s04,
        EndingRules.k01, EndingRules.r01, EndingRules.r02, EndingRules.e01,
        AppendixRules.a01, AppendixRules.a02,
        CitationRules.x01, CitationRules.x02, CitationRules.x03,
        TableRules.p01, TableRules.p02,
        InputRules.u01, InputRules.i01, InputRules.i02,
        PageRules.f01, PageRules.f02,
        BatchRules.b01,
    ]

    public static func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }
}
