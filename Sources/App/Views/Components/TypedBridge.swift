import Plot
import TypedHTML

/// While the views move from Plot to `TypedHTML` (docs/architecture.md#html): a Plot page embeds
/// a component written by the typed writer, and the typed layout embeds a Plot page's content.
/// Both sides escape as they write, so the bridge passes markup this program wrote itself.
extension Node where Context == HTML.BodyContext {
    static func typed(_ write: (inout HTMLWriter) -> Void) -> BodyNode {
        var html = HTMLWriter(capacity: 512)
        write(&html)
        return .raw(html.html)
    }
}

extension HTMLWriter {
    /// Plot nodes of a page not yet moved to the typed writer.
    mutating func plot(_ nodes: [BodyNode]) {
        for node in nodes {
            unescaped(trusted: node.render())
        }
    }
}
