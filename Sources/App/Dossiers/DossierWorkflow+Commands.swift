import DCEMDossier
import DCEMRules
import Foundation

extension DossierWorkflow {
    /// Applies an agent's command, whatever the door it came through (the case page, an agent API).
    func perform(_ command: AgentCommand, on id: UUID, by agent: UUID?, expectedVersion: Int) async throws {
        switch command {
        case .startInstruction:
            try await startInstruction(id, by: agent, expectedVersion: expectedVersion)
        case .resumeInstruction:
            try await resumeInstruction(id, by: agent, expectedVersion: expectedVersion)
        case .grant:
            try await grant(id, by: agent, expectedVersion: expectedVersion)
        case .requestDocuments(let request):
            try await requestDocuments(id, by: agent, codes: request.codes, why: request.why, replyBy: request.replyBy, expectedVersion: expectedVersion)
        case .refuse(let refusal):
            try await refuse(id, by: agent, reasons: refusal.reasons, text: refusal.text, expectedVersion: expectedVersion)
        case .makeAvailable(let available):
            try await makeAvailable(id, by: agent, from: available.from, expectedVersion: expectedVersion)
        case .acceptPostponement(let accepted):
            try await acceptPostponement(id, by: agent, from: accepted.from, expectedVersion: expectedVersion)
        case .declinePostponement(let declined):
            try await declinePostponement(id, by: agent, reason: declined.reason, expectedVersion: expectedVersion)
        case .handOver(let counter):
            try await handOver(id, by: agent, applicantPresent: counter.applicantPresent, childPresent: counter.childPresent,
                               timbreNumber: counter.timbreNumber, timbreAmountEUR: counter.timbreAmountEUR, expectedVersion: expectedVersion)
        }
    }
}
