import Foundation
import Testing

/// Every class the pages write has a rule in the stylesheet, so no page ships unstyled
/// (docs/pages.md). The pages are the golden snapshots: every page in its main states, both
/// languages, kept current by `PageSnapshotTests`.
@Suite struct StylesheetTests {
    /// Classes that only name a part for a script, a test or a parent's rule, with no rule of their
    /// own; each with why. None today: every class the pages write is styled.
    static let hooks: Set<String> = []

    static let stylesheet = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/App/Resources/site.css").standardized

    /// The class names a rule's selectors mention (comments left out).
    static func styledClasses() throws -> Set<String> {
        var css = try String(contentsOf: stylesheet, encoding: .utf8)
        css = css.replacingOccurrences(of: #"/\*[\s\S]*?\*/"#, with: "", options: .regularExpression)
        var classes = Set<String>()
        // Selectors are the text before each `{`; declarations (after it) can hold dots in numbers.
        for block in css.split(separator: "}") {
            // The text before the block's last `{`: its selectors (after an `@media … {` when nested).
            guard let brace = block.lastIndex(of: "{") else { continue }
            let selectors = block[..<brace]
            for match in selectors.matches(of: /\.([A-Za-z_][A-Za-z0-9_-]*)/) {
                classes.insert(String(match.1))
            }
        }
        return classes
    }

    static func usedClasses() throws -> [String: String] {
        var used: [String: String] = [:]
        let pages = try FileManager.default.contentsOfDirectory(at: Snapshots.directory, includingPropertiesForKeys: nil)
        for page in pages where page.pathExtension == "html" {
            let html = try String(contentsOf: page, encoding: .utf8)
            for match in html.matches(of: /class="([^"]*)"/) {
                for name in match.1.split(separator: " ") where used[String(name)] == nil {
                    used[String(name)] = page.lastPathComponent
                }
            }
        }
        return used
    }

    @Test func everyClassThePagesUseHasARule() throws {
        let styled = try Self.styledClasses()
        let used = try Self.usedClasses()
        #expect(used.count > 50, "the snapshots were not found")
        let unstyled = used.keys.filter { !styled.contains($0) && !Self.hooks.contains($0) }.sorted()
        #expect(unstyled.isEmpty, "classes with no rule in site.css: \(unstyled.map { "\($0) (\(used[$0]!))" }.joined(separator: ", "))")
    }

    @Test func theHookListHoldsOnlyClassesThePagesUse() throws {
        let used = try Self.usedClasses()
        let styled = try Self.styledClasses()
        // A hook that gained a rule, or that no page writes any more, leaves the list.
        let stale = Self.hooks.filter { used[$0] == nil || styled.contains($0) }
        #expect(stale.isEmpty, "hooks to remove from the list: \(stale.sorted())")
    }
}
