import DCEMRules

/// The back office's queue: its tabs, counts, marks and the day's pick-ups (docs/pages.md#the-queue).
struct QueueText: Sendable {
    let tabsLabel: String
    let tab: @Sendable (_ tab: QueueQuery.Tab) -> String
    /// The rows' caption: the tab, the préfecture, the page.
    let caption: @Sendable (_ tab: String, _ service: String, _ page: Int) -> String
    /// Said in the caption on the default order.
    let urgencyOrder: String
    let results: @Sendable (_ count: Int) -> String
    /// The count of the day's pick-ups.
    let appointments: @Sendable (_ count: Int) -> String
    let pageOf: @Sendable (_ page: Int, _ pages: Int) -> String
    let columnMarks: String
    let columnAssigned: String
    let markAnswer: String
    let markMessage: String
    let assignedToMe: String
    let pickupsTitle: @Sendable (_ day: String) -> String
    let noPickups: String
    /// The day's list ignores the filters: said when some are set.
    let pickupsIgnoreFilters: String
}
