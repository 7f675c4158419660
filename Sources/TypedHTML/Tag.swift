/// The elements the pages use: a misspelt element does not compile. Add one here when a page needs it.
public enum Tag: String, Sendable {
    case a, abbr, article, aside, b, blockquote, body, button, caption, code, dd, details, div, dl, dt, em, fieldset, footer, form
    case h1, h2, h3, h4, head, header, html, iframe, label, legend, li, main, nav, ol, option, p, pre, section, select, small, span, strong
    case summary, table, tbody, td, textarea, tfoot, th, thead, time, title, tr, ul
}

/// Elements with no content and no closing tag.
public enum VoidTag: String, Sendable {
    case br, hr, img, input, link, meta
}
