import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// How `dcem serve` starts: only where it may listen, saying so once it really listens, and
/// saying plainly why it can not.
@Suite struct ServeStartTests {
    @Test func withoutConfigurationItListensOnLoopbackOnlyAndSaysSo() throws {
        // given: no DCEM_ENV, no HOST
        let directory = try DCEMServer.temporaryDirectory("loopback")
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = try DCEMServer(directory: directory, settings: ["DCEM_ENV": nil, "HOST": nil])
        defer { server.stop() }

        // then: the development server answers on loopback, and its start line says it stays there
        #expect(server.waitUntilReady())
        #expect(ServeShutdownTests.waitUntil(seconds: 30) { server.out.contains("listening") })
        #expect(server.out.contains("dcem (development) listening on http://127.0.0.1:\(server.port)"), "\(server.out)")
        #expect(server.out.contains("loopback only"), "\(server.out)")
    }

    @Test func anAddressBeyondLoopbackNeedsProduction() throws {
        let directory = try DCEMServer.temporaryDirectory("beyond")
        defer { try? FileManager.default.removeItem(at: directory) }
        var environment = ServeShutdownTests.environment(directory)
        environment["DCEM_ENV"] = nil

        // when: the default environment on every address, through --hostname and through HOST; and test on HOST
        let flag = try DCEMProcess.run(["serve", "--hostname", "0.0.0.0", "--port", "\(LoopbackHTTP.freePort())"], environment: environment)
        environment["HOST"] = "::"
        let host = try DCEMProcess.run(["serve", "--port", "\(LoopbackHTTP.freePort())"], environment: environment)
        environment["DCEM_ENV"] = "test"
        environment["HOST"] = "192.0.2.1"
        let test = try DCEMProcess.run(["serve", "--port", "\(LoopbackHTTP.freePort())"], environment: environment)

        // then: each refuses to start, naming the address and what is needed, before touching anything
        for (result, address) in [(flag, "0.0.0.0"), (host, "::"), (test, "192.0.2.1")] {
            #expect(result.status == 2, "\(address): \(result.err)")
            #expect(result.err.contains(address) && result.err.contains("DCEM_ENV=production"), "\(result.err)")
            #expect(!result.out.contains("listening"))
        }
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("dcem.sqlite").path))
    }

    @Test func aPortAlreadyInUseIsNamedAndExitsTwoWithoutABacktrace() throws {
        // given: a port something else listens on
        let directory = try DCEMServer.temporaryDirectory("taken")
        defer { try? FileManager.default.removeItem(at: directory) }
        let (fd, port) = LoopbackHTTP.boundSocket()
        defer { close(fd) }
        #expect(port > 0)
        #expect(listen(fd, 1) == 0)

        // when
        let result = try DCEMProcess.run(["serve", "--port", "\(port)"], environment: ServeShutdownTests.environment(directory))

        // then
        #expect(result.status == 2, "\(result.err)")
        #expect(result.err.contains("127.0.0.1:\(port)") && result.err.contains("already in use"), "\(result.err)")
        #expect(!result.out.contains("listening"), "\(result.out)")
        for crash in ["Fatal error", "Backtrace", "Crash", "0x0000"] {
            #expect(!result.err.contains(crash), "\(result.err)")
        }
    }
}
