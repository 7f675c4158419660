import Hummingbird
import TypedHTML

/// The page shown for 4xx and 5xx answers of the HTML site: what happened and where to go.
enum ErrorPageView {
    static func render(_ page: PageContext, status: HTTPResponse.Status, csrf: Bool) -> RenderedHTML {
        let text = page.text.errors
        let (title, body): (String, String) = switch status.code {
        case 404: (text.notFoundTitle, text.notFoundBody)
        case 409: (text.conflictTitle, text.conflictBody)
        case 403: (text.forbiddenTitle, csrf ? text.expiredFormBody : text.forbiddenBody)
        case 413: (text.tooLargeTitle, text.tooLargeBody(BoundedFormBody.readLimit / 1024))
        case 400..<500: (text.badRequestTitle, text.badRequestBody)
        default: (text.serverErrorTitle, text.serverErrorBody)
        }
        return render(page, title: title, body: body)
    }

    /// 503 while the password threads are full: the visitor may simply send the form again.
    static func hashingBusy(_ page: PageContext, seconds: Int) -> RenderedHTML {
        render(page, title: page.text.errors.hashingBusyTitle, body: page.text.errors.hashingBusyBody(seconds))
    }

    static func busy(_ page: PageContext, seconds: Int) -> RenderedHTML {
        render(page, title: page.text.errors.busyTitle, body: page.text.errors.busyBody(seconds))
    }

    /// 503 while the database can not be reached (`seconds` is in `Retry-After`; the page says "a few minutes").
    static func unavailable(_ page: PageContext, seconds: Int) -> RenderedHTML {
        render(page, title: page.text.errors.unavailableTitle, body: page.text.errors.unavailableBody)
    }

    /// A form sent after the visitor's session ended: what was lost, what was not, and the way back.
    static func signedOut(_ page: PageContext, login: String) -> RenderedHTML {
        let text = page.text.errors
        return Layout(page: page, title: text.signedOutTitle).render { main in
            main.element(.h1, text: text.signedOutTitle)
            main.element(.p, text: text.signedOutBody)
            main.element(.p) { $0.element(.a, .href(login), .class("button"), text: text.signInAgain) }
        }
    }

    /// A case whose stored answers can not be read: it is not shown, and nothing is saved over it.
    static func unreadableDossier(_ page: PageContext) -> RenderedHTML {
        render(page, title: page.text.errors.unreadableDossierTitle, body: page.text.errors.unreadableDossierBody)
    }

    private static func render(_ page: PageContext, title: String, body: String) -> RenderedHTML {
        let text = page.text.errors
        return Layout(page: page, title: title).render { main in
            main.element(.h1, text: title)
            main.element(.p, text: body)
            main.element(.p) { $0.element(.a, .href(SiteURL.home.path), text: text.backHome) }
        }
    }
}
