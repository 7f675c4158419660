import Hummingbird

/// What a page confirms after an action that redirected to it, carried in its address (`?fait=`):
/// a page reloaded or bookmarked shows the same confirmation. The spellings are the addresses'.
enum Notice: String, CaseIterable, Sendable {
    /// The family answered the préfecture's request for documents.
    case answered = "reponse"
    case postponementRequested = "report"
    case withdrawn = "retrait"
    case messageSent = "message"
    /// A back-office action went through (the case page, the pick-up calendar).
    case done = "1"

    static let parameter = "fait"

    init?(_ request: Request) {
        guard let raw = request.uri.queryParameters[Self.parameter[...]].map(String.init), let notice = Notice(rawValue: raw) else { return nil }
        self = notice
    }
}

extension SiteURL {
    /// The page's address with `notice` to show; `anchor` (`#…`) after it.
    func path(notice: Notice, anchor: String = "") -> String { path + "?\(Notice.parameter)=\(notice.rawValue)" + anchor }
}
