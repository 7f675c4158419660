import TypedHTML

/// The draft's task list: each section with its status, and the rules' answer as soon as it is known.
enum TaskListView {
    static func render(_ page: PageContext, _ model: TaskListModel) -> RenderedHTML {
        let t = page.text.dossier
        return Layout(page: page, title: t.taskTitle, backLink: SiteURL.myDossiers.path).render { main in
            main.element(.h1, text: t.taskTitle)
            main.element(.p, .class("lead"), text: model.child)
            if let copiedFrom = model.copiedFrom { main.element(.p, .class("panel"), text: copiedFrom) }
            main.element(.p, text: t.taskLead)
            if let prefecture = model.prefecture { main.element(.p, text: prefecture) }
            switch model.eligibility {
            case .unknown:
                break
            case .eligible(let grounds):
                main.element(.div, .class("panel panel--ok")) { panel in
                    panel.element(.p, text: t.eligibleNow)
                    panel.list(grounds)
                }
            case .notEligible:
                main.element(.div, .class("panel panel--warn")) { panel in
                    panel.element(.p, text: t.notEligibleNow)
                    panel.element(.p) { $0.element(.a, .href(model.situationHref), text: t.notEligibleLink) }
                }
            }
            main.warnings(model.warnings)
            main.element(.ol, .class("task-list")) { list in
                for task in model.tasks {
                    list.element(.li, .class("task")) { item in
                        if let href = task.href {
                            item.element(.a, .href(href), .aria(.describedby, task.statusID), text: task.title)
                        } else {
                            item.element(.span, text: task.title)
                        }
                        item.element(.span, .id(task.statusID), .class("tag tag--\(task.status)"), text: task.statusLabel)
                    }
                }
            }
            main.element(.p, .class("hint"), text: t.deleteDraftHint)
            main.element(.p) { $0.element(.a, .href(model.deleteHref), text: t.deleteDraftTitle) }
        }
    }
}

extension HTMLWriter {
    /// A bulleted list of plain lines.
    mutating func list(_ lines: [String], class name: String = "list") {
        element(.ul, .class(name)) { list in
            for line in lines { list.element(.li, text: line) }
        }
    }

    /// Warnings that save a trip, in one panel; nothing when there are none.
    mutating func warnings(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        element(.div, .class("panel panel--warn")) { $0.list(lines) }
    }
}
