import Foundation
import Plot
import TypedHTML

// The pages' two writers side by side: Plot's node tree with the `element` helper the views use
// today, and TypedHTML's streaming writer. Both write the same markup (checked before timing) for
// the agent's queue (50 rows) and a case page, so the ratio is the writers' alone.
// Run: swift run -c release PageBenchmark [iterations]

let iterations = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 2_000

struct Row {
    let id: String, reference: String, child: String, state: String, stateLabel: String, filed: String, due: String, grounds: String
}

let rows: [Row] = (0..<50).map { i in
    Row(id: UUID().uuidString.lowercased(), reference: "D075-26-\(String(format: "%05d", i))", child: "Benali–Ould Ahmed \(i) « Éléonore »",
        state: i % 3 == 0 ? "filed" : "under-instruction", stateLabel: i % 3 == 0 ? "Déposée" : "En cours d'instruction",
        filed: "\(1 + i % 28) novembre 2026", due: "\(1 + i % 28) janvier 2027", grounds: "Parent titulaire d'un titre de séjour & résidence")
}
let answers: [(String, String)] = (0..<30).map { ("Question numéro \($0) <avec> des caractères", "Réponse \"\($0)\" de la famille & co") }
let history: [String] = (0..<40).map { "25 novembre 2026 — Pièce ajoutée — Justificatif de domicile n°\($0) (vous)" }

// MARK: Plot, as the views write it today

typealias BodyNode = Node<HTML.BodyContext>

/// The views' escaping today (App's `HTMLEscaping`): byte by byte, a string with nothing to escape returned as it is.
func escape(_ string: String, quotes: Bool) -> String {
    let utf8 = string.utf8
    let special: (UInt8) -> Bool = { byte in
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || (quotes && byte == UInt8(ascii: "\""))
    }
    guard utf8.contains(where: special) else { return string }
    var escaped = [UInt8]()
    escaped.reserveCapacity(utf8.count + 32)
    for byte in utf8 {
        switch byte {
        case UInt8(ascii: "&"): escaped.append(contentsOf: "&amp;".utf8)
        case UInt8(ascii: "<"): escaped.append(contentsOf: "&lt;".utf8)
        case UInt8(ascii: ">"): escaped.append(contentsOf: "&gt;".utf8)
        case UInt8(ascii: "\"") where quotes: escaped.append(contentsOf: "&quot;".utf8)
        default: escaped.append(byte)
        }
    }
    return String(decoding: escaped, as: UTF8.self)
}

func element(_ name: String, _ attributes: [(String, String?)] = [], _ children: [BodyNode] = []) -> BodyNode {
    let attributeNodes: [BodyNode] = attributes.compactMap { name, value in
        value.map { .attribute(Attribute(name: name, value: escape($0, quotes: true), ignoreIfValueIsEmpty: false)) }
    }
    return .element(named: name, nodes: attributeNodes + children)
}

func voidElement(_ name: String, _ attributes: [(String, String?)]) -> BodyNode {
    .selfClosedElement(named: name, attributes: attributes.compactMap { name, value in
        value.map { Attribute(name: name, value: escape($0, quotes: true), ignoreIfValueIsEmpty: false) }
    })
}

func text(_ string: String) -> BodyNode { .raw(escape(string, quotes: false)) }

func plotLayout(_ title: String, _ content: [BodyNode]) -> String {
    HTML(
        .lang(.french),
        .head(.meta(.charset(.utf8)), .raw("<title>\(escape(title, quotes: false))</title>"), .link(.rel(.stylesheet), .href("/static/site.css"))),
        .body(
            element("a", [("href", "#content"), ("class", "skip-link")], [text("Aller au contenu")]),
            element("header", [("class", "site-header")], [
                element("nav", [("aria-label", "Menu principal")], [
                    element("ul", [("class", "site-nav")], ["Dossiers", "Mot de passe", "English"].map {
                        element("li", [], [element("a", [("href", "/backoffice/dossiers")], [text($0)])])
                    }),
                ]),
            ]),
            element("div", [("class", "container")], [element("main", [("id", "content"), ("tabindex", "-1")], content)])
        )
    ).render()
}

func plotQueue() -> String {
    plotLayout("Dossiers", [
        element("h1", [], [text("Dossiers de la Préfecture de police")]),
        element("table", [("class", "queue")], [
            element("thead", [], [element("tr", [], ["Référence", "Enfant", "État", "Déposé le", "Échéance", "Motifs"].map {
                element("th", [("scope", "col")], [text($0)])
            })]),
            element("tbody", [], rows.map { row in
                element("tr", [], [
                    element("td", [], [element("a", [("href", "/backoffice/dossiers/\(row.id)")], [text(row.reference)])]),
                    element("td", [], [text(row.child)]),
                    element("td", [], [element("span", [("class", "tag"), ("data-state", row.state)], [text(row.stateLabel)])]),
                    element("td", [], [text(row.filed)]),
                    element("td", [], [text(row.due)]),
                    element("td", [], [text(row.grounds)]),
                ])
            }),
        ]),
    ])
}

func plotCase() -> String {
    plotLayout("Dossier D075-26-00001", [
        element("h1", [], [text("Éléonore Benali–Ould Ahmed")]),
        element("dl", [("class", "summary")], answers.flatMap { [element("dt", [], [text($0.0)]), element("dd", [], [text($0.1)])] }),
        element("form", [("method", "post"), ("action", "/backoffice/dossiers/x/actions/grant"), ("novalidate", "")], [
            voidElement("input", [("type", "hidden"), ("name", "_csrf"), ("value", "token")]),
            element("button", [("type", "submit"), ("class", "button")], [text("Accorder le DCEM")]),
        ]),
        element("h2", [], [text("Historique")]),
        element("ol", [("class", "timeline")], history.map { element("li", [], [text($0)]) }),
    ])
}

// MARK: TypedHTML

// The pages hand the writer's bytes to the response (`RenderedHTML`), as Plot's string is handed
// over: neither side pays for a conversion the server does not make.
func typedLayout(_ title: String, _ content: (inout HTMLWriter) -> Void) -> RenderedHTML {
    var html = HTMLWriter()
    html.doctype()
    html.element(.html, .lang("fr")) { html in
        html.element(.head) { head in
            head.void(.meta, .charset("UTF-8"))
            head.element(.title, text: title)
            head.void(.link, .rel(.stylesheet), .href("/static/site.css"))
        }
        html.element(.body) { body in
            body.element(.a, .href("#content"), .class("skip-link"), text: "Aller au contenu")
            body.element(.header, .class("site-header")) { header in
                header.element(.nav, .aria(.label, "Menu principal")) { nav in
                    nav.element(.ul, .class("site-nav")) { list in
                        for label in ["Dossiers", "Mot de passe", "English"] {
                            list.element(.li) { $0.element(.a, .href("/backoffice/dossiers"), text: label) }
                        }
                    }
                }
            }
            body.element(.div, .class("container")) { $0.element(.main, .id("content"), .tabindex(-1), content: content) }
        }
    }
    return html.rendered
}

func typedQueue() -> RenderedHTML {
    typedLayout("Dossiers") { main in
        main.element(.h1, text: "Dossiers de la Préfecture de police")
        main.element(.table, .class("queue")) { table in
            table.element(.thead) { $0.element(.tr) { tr in
                for label in ["Référence", "Enfant", "État", "Déposé le", "Échéance", "Motifs"] { tr.element(.th, .scope("col"), text: label) }
            } }
            table.element(.tbody) { tbody in
                for row in rows {
                    tbody.element(.tr) { tr in
                        tr.element(.td) { $0.element(.a, .href("/backoffice/dossiers/\(row.id)"), text: row.reference) }
                        tr.element(.td, text: row.child)
                        tr.element(.td) { $0.element(.span, .class("tag"), .data(.state, row.state), text: row.stateLabel) }
                        tr.element(.td, text: row.filed)
                        tr.element(.td, text: row.due)
                        tr.element(.td, text: row.grounds)
                    }
                }
            }
        }
    }
}

func typedCase() -> RenderedHTML {
    typedLayout("Dossier D075-26-00001") { main in
        main.element(.h1, text: "Éléonore Benali–Ould Ahmed")
        main.element(.dl, .class("summary")) { dl in
            for (question, answer) in answers {
                dl.element(.dt, text: question)
                dl.element(.dd, text: answer)
            }
        }
        main.element(.form, .method(.post), .action("/backoffice/dossiers/x/actions/grant"), .novalidate()) { form in
            form.void(.input, .type(.hidden), .name("_csrf"), .value("token"))
            form.element(.button, .type(.submit), .class("button"), text: "Accorder le DCEM")
        }
        main.element(.h2, text: "Historique")
        main.element(.ol, .class("timeline")) { list in
            for line in history { list.element(.li, text: line) }
        }
    }
}

// MARK: Timing

/// Microseconds per page over `count` renders; `size` reads the page's length without copying it.
func time<Page>(_ count: Int, _ render: () -> Page, size: (Page) -> Int) -> Double {
    var total = 0
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<count { total &+= size(render()) }
    precondition(total > 0)
    return Double(DispatchTime.now().uptimeNanoseconds - start) / Double(count) / 1_000
}

// The two writers take turns, round after round, so a burst of other work on the machine falls on
// both; each side's best round is reported (the least disturbed), and the ratio of the bests.
let rounds = 7
for (page, old, new) in [("queue, 50 rows", plotQueue, typedQueue), ("case page", plotCase, typedCase)] {
    // Same markup from both writers, or the comparison means nothing.
    guard old() == new().description else {
        print("The two writers differ on the \(page):\n\(old())\n\(new().description)")
        exit(1)
    }
    _ = time(iterations / 10, old, size: \.utf8.count)  // warm-up
    _ = time(iterations / 10, new, size: \.bytes.count)
    var plot: [Double] = [], typed: [Double] = []
    for _ in 0..<rounds {
        plot.append(time(iterations / rounds, old, size: \.utf8.count))
        typed.append(time(iterations / rounds, new, size: \.bytes.count))
    }
    let bytes = new().bytes.count
    print("\("\(page): Plot".padding(toLength: 28, withPad: " ", startingAt: 0)) \(String(format: "%8.1f", plot.min()!)) µs/page  (\(bytes) bytes)")
    print("\("\(page): TypedHTML".padding(toLength: 28, withPad: " ", startingAt: 0)) \(String(format: "%8.1f", typed.min()!)) µs/page")
    let ratios = zip(plot, typed).map { $0 / $1 }.sorted()
    print("  → TypedHTML is \(String(format: "%.1f", plot.min()! / typed.min()!))× faster, best round against best round "
          + "(round by round \(String(format: "%.1f", ratios.first!))–\(String(format: "%.1f", ratios.last!))×; same run, same markup)")
}
