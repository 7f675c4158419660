import Foundation

/// Runs the built `dcem` to its end, as a script or an administrator would, and returns its exit
/// status and both streams. Every command test goes through here.
enum DCEMProcess {
    static func run(_ arguments: [String], environment: [String: String]? = nil, stdin: String? = nil) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = EligibilityCommandTests.executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        let input = Pipe(), output = Pipe(), error = Pipe()
        if stdin != nil { process.standardInput = input }
        process.standardOutput = output
        process.standardError = error
        try process.run()
        if let stdin {
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try input.fileHandleForWriting.close()
        }
        // Read both streams at once: a command filling one pipe while the other is read would block.
        nonisolated(unsafe) var err = Data()
        let reading = DispatchGroup()
        DispatchQueue.global().async(group: reading) { err = error.fileHandleForReading.readDataToEndOfFile() }
        let out = output.fileHandleForReading.readDataToEndOfFile()
        reading.wait()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}
