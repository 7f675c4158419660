import Foundation

/// The préfecture's agents as the supervisors' list shows them (docs/pages.md#agents).
struct BackOfficeAgentsModel: Sendable {
    struct Action: Sendable {
        let label: String
        let path: String
    }

    struct Row: Sendable {
        /// The row's anchor, which the list comes back to after an action.
        let anchor: String
        let name: String
        let email: String
        let role: String
        let status: String
        /// The status tag's kind (`tag--…`).
        let statusKind: String
        let code: String
        /// The signed-in supervisor's own row: no action offered.
        let isYou: Bool
        let actions: [Action]
    }

    let serviceName: String
    let notice: String?
    let errors: [FieldError]
    let rows: [Row]

    static func anchor(_ id: UUID) -> String { "agent-\(id.uuidString.lowercased())" }

    init(_ page: PageContext, agent: SignedInAgent, agents: [AgentSummary], notice: Notice?, errors: [FieldError] = []) {
        let t = page.text.supervision
        serviceName = agent.prefecture.serviceName
        self.notice = switch notice {
        case .agentDisabled: t.actionDone(.disable)
        case .agentEnabled: t.actionDone(.enable)
        case .agentCodeReset: t.actionDone(.resetCode)
        default: nil
        }
        self.errors = errors
        rows = agents.map { summary in
            let isYou = summary.id == agent.id
            let status = summary.disabled ? (t.disabled, "problem") : summary.temporaryPassword ? (t.awaitingFirstLogin, "not-started") : (t.active, "completed")
            let actions = isYou ? [] : AgentAccountAction.allCases.filter { $0.applies(disabled: summary.disabled) }.map {
                Action(label: t.actionLabel($0), path: SiteURL.backOfficeAgentAction(summary.id, $0).path)
            }
            return Row(anchor: Self.anchor(summary.id), name: summary.name + (isYou ? " " + t.you : ""), email: summary.email,
                       role: t.roleName(summary.role), status: status.0, statusKind: status.1,
                       code: summary.codeSet ? t.codeSet : t.codeNotSet, isYou: isYou, actions: actions)
        }
    }
}

/// The form that creates an agent: what was typed, and what is wrong with it.
struct BackOfficeNewAgentModel: Sendable {
    let errors: [FieldError]
    let name: String
    let email: String
    let roles: [Choice]
    let role: String?

    init(_ page: PageContext, values: [String: String], errors: [FieldError]) {
        let t = page.text.supervision
        self.errors = errors
        name = values["name"] ?? ""
        email = values["email"] ?? ""
        roles = AgentRole.allCases.map { Choice(value: $0.rawValue, label: t.roleName($0), hint: t.roleHint($0)) }
        role = values["role"]
    }

    func error(_ field: String) -> FieldError? { errors.first { $0.fieldID == field } }
}

/// The page that shows a temporary password once (a new account, or a new password), or says
/// that a double submit created nothing more.
struct BackOfficeAgentPasswordModel: Sendable {
    let title: String
    let lead: String
    /// Nil on the double submit's page: the password was on the first answer only.
    let password: String?
    let once: String?
}
