import Testing

@testable import App

@Suite struct HexTests {
    @Test func encodesEveryByteAsTwoLowerCaseDigits() {
        #expect(Hex.encode([0x00, 0x0f, 0xa0, 0xff]) == "000fa0ff")
        #expect(Hex.encode([]) == "")
        #expect(Hex.encode(0...255).count == 512)
    }

    @Test func sessionKeysAreStoredAsTheirSHA256() {
        // the SHA-256 of "abc" (FIPS 180-2, appendix B.1)
        #expect(DatabasePersistDriver.hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
