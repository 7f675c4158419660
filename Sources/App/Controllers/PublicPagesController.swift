import DCEMRules
import Hummingbird

/// The public information pages.
struct PublicPagesController {
    let today: @Sendable () -> CivilDate

    func register(on router: Router<AppRequestContext>) {
        router.get(SiteURL.home.route) { request, context in
            let page = PageContext(language: context.language, path: SiteURL.home.path)
            let day = today()
            let model = HomeModel(on: day)
            return HTMLPage(html: HomeView.render(page, model: model))
        }
        for information in InformationPage.allCases {
            router.get(SiteURL.information(information).route) { request, context in
                let page = PageContext(language: context.language, path: SiteURL.information(information).path)
                return HTMLPage(html: InformationView.render(page, InformationModel(page, information)))
            }
        }
    }
}
