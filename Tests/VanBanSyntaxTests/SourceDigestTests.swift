import Testing
import VanBanReader
import VanBanTestSupport

/// `source.sha256` (what `batch --resume` keys on) is the standard SHA-256 of the file's bytes.
@Suite struct SourceDigestTests {
    /// FIPS 180-2's examples, and lengths at the edges of a 64-byte block and of its padding
    /// (bytes `(7 i + 3) mod 256`; digests from Python's hashlib).
    static let vectors: [(bytes: [UInt8], hex: String)] = [
        ([], "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        (Array("abc".utf8), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8),
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000),
         "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
        (pattern(55), "e7313d333c272e639f790978283f9eb392e843d0f29b7016828bb1daa4aac70b"),
        (pattern(56), "4324d65f3c103567f5589c710bc08f8523f929a9272e3af36fc968e52abc6c27"),
        (pattern(63), "81c80242132f230c3bd41b3e63bbcff16107339549214a99614ff26664625055"),
        (pattern(64), "39e3d7b6b5d075d37d053ad89b24b41bef4f3c29760c84447cab3f3be1882241"),
        (pattern(65), "aacca6ff74fdbb296d165a45cecfa04e5127bc008770fbbdd48006f2d2fae95e"),
        (pattern(127), "a8d23e75d936f303d248888d9b165ee543f4cbafcad3c9dd2a79bd84faa11d07"),
        (pattern(128), "d2742f1f4ac6bb7ca2b239ee18402ba8b3f9f8e652d2a72973c2b9ba11c08cf6"),
        (Array("Kế hoạch số 202/KH-UBND".utf8), "bad81a3ee228373ec6f733702df07eb975a641e30280f3d572f734955830558a"),
    ]

    static func pattern(_ count: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) }
    }

    @Test(arguments: vectors.indices)
    func knownDigests(_ i: Int) {
        #expect(DocumentReader.sha256(Self.vectors[i].bytes) == Self.vectors[i].hex)
    }

    /// Every fixture's digest, and every corpus file's where `../shared` is present, is the one
    /// another implementation (Python's hashlib) gives for the file.
    @Test func filesAgreeWithHashlib() throws {
        var paths: [String] = []
        for dir in ["pipe-text", "html", "text", "docx", "odt", "doc", "robustness", "unreadable"] {
            let folder = TestFiles.fixtures + "/" + dir
            paths += TestFiles.list(folder, suffix: "").map { folder + "/" + $0 }
        }
        #expect(paths.count > 20)
        if TestFiles.hasShared {
            let before = paths.count
            for dir in ["pipe-text", "blank-line", "inline-pipe", "html", "docx"] {
                let folder = TestFiles.corpus + "/" + dir
                paths += TestFiles.list(folder, suffix: "").map { folder + "/" + $0 }
            }
            #expect(paths.count - before > 40)
        }
        let script = "import hashlib, sys\nfor p in sys.argv[1:]: print(hashlib.sha256(open(p, 'rb').read()).hexdigest())"
        let result = try Python.run(script, paths)
        #expect(result.status == 0)
        let expected = result.output.split(separator: "\n").map(String.init)
        let got = paths.map { TestFiles.read($0).map(DocumentReader.sha256) ?? "unreadable: \($0)" }
        #expect(got == expected)
    }
}
