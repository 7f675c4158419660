import Foundation
import Testing
@testable import DCEMRules

/// `DCEM-<département>-<year>-<6-digit serial>`: printed on every record, read back from what
/// the family types.
@Suite struct DossierReferenceTests {
    @Test(arguments: [
        ("75", 2026, 123, "DCEM-75-2026-000123"),
        ("2A", 2026, 1, "DCEM-2A-2026-000001"),
        ("2B", 2027, 999_999, "DCEM-2B-2027-999999"),
        ("971", 2026, 42, "DCEM-971-2026-000042"),
        ("976", 2030, 100_000, "DCEM-976-2030-100000"),
        ("01", 2019, 7, "DCEM-01-2019-000007"),
    ])
    func formats(code: String, year: Int, serial: Int, text: String) throws {
        // given
        let reference = try #require(DossierReference(departement: dep(code), year: year, serial: serial))
        // when
        let printed = reference.description
        // then
        #expect(printed == text)
        #expect(DossierReference(printed) == reference)
        #expect(reference.departement.code == code)
    }

    @Test(arguments: [
        ("dcem-2a-2026-000001", "DCEM-2A-2026-000001"),
        ("Dcem-2b-2026-000010", "DCEM-2B-2026-000010"),
        ("  DCEM-75-2026-000123\n", "DCEM-75-2026-000123"),
        ("DCEM-971-2026-000042", "DCEM-971-2026-000042"),
    ])
    func readsCaseInsensitivelyAndTrimmed(text: String, canonical: String) throws {
        let reference = try #require(DossierReference(text))
        #expect(reference.description == canonical)
    }

    @Test(arguments: [
        "",
        "DCEM",
        "DCEM-75-2026",
        "DCEM-75-2026-000123-1",
        "DCM-75-2026-000123",
        "DCEM-20-2026-000001",     // Corsica is 2A or 2B
        "DCEM-975-2026-000001",    // not a département
        "DCEM-96-2026-000001",
        "DCEM-7-2026-000001",
        "DCEM-075-2026-000001",
        "DCEM-75-2026-000000",     // serials start at 1
        "DCEM-75-2026-00123",      // 5 digits
        "DCEM-75-2026-1000000",    // 7 digits
        "DCEM-75-26-000123",
        "DCEM-75-0999-000123",
        "DCEM-75-2026-+00123",
        "DCEM-75-2026- 00123",
        "DCEM-75-2026-٠٠٠١٢٣",     // Arabic-Indic digits
        "DCEM--2026-000123",
        "DCEM 75 2026 000123",
        "DCEM-75-2026-000123x",
    ])
    func rejects(text: String) {
        #expect(DossierReference(text) == nil)
    }

    @Test(arguments: [(2026, 0), (2026, 1_000_000), (2026, -1), (999, 1), (10_000, 1)])
    func rejectsWhatCannotBePrinted(year: Int, serial: Int) {
        #expect(DossierReference(departement: .paris, year: year, serial: serial) == nil)
    }

    @Test func everyDepartementRoundTrips() throws {
        for departement in Departement.all {
            let reference = try #require(DossierReference(departement: departement, year: 2026, serial: 5))
            #expect(DossierReference(reference.description) == reference)
            #expect(DossierReference(reference.description.lowercased()) == reference)
        }
    }

    @Test func ordersByDepartementYearSerial() throws {
        // given
        let texts = ["DCEM-2A-2026-000001", "DCEM-01-2027-000001", "DCEM-01-2026-000002", "DCEM-976-2025-000001"]
        let references = try texts.map { try #require(DossierReference($0)) }
        // when
        let sorted = references.sorted().map(\.description)
        // then
        #expect(sorted == ["DCEM-01-2026-000002", "DCEM-01-2027-000001", "DCEM-2A-2026-000001", "DCEM-976-2025-000001"])
    }

    @Test func codableAsItsText() throws {
        // given
        let reference = try #require(DossierReference("DCEM-2A-2026-000001"))
        // when
        let json = try JSONEncoder().encode([reference])
        // then
        #expect(String(decoding: json, as: UTF8.self) == #"["DCEM-2A-2026-000001"]"#)
        #expect(try JSONDecoder().decode([DossierReference].self, from: json) == [reference])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([DossierReference].self, from: Data(#"["DCEM-20-2026-000001"]"#.utf8))
        }
    }
}
