extension InformationText {
    static let english = InformationText(
        footerLabel: "About this service",
        title: { page in
            switch page {
            case .help: "Help"
            case .accessibility: "Accessibility"
            case .legalNotice: "Legal notice"
            case .personalData: "Personal data"
            }
        },
        sections: { page in
            switch page {
            case .help: [
                InformationSection("A technical problem", [
                    "A page that does not load, an error message: call the citizens' contact centre on 0 806 001 620 (free call). Say what you were doing, at what time, and the message shown.",
                ]),
                InformationSection("Getting help in person", [
                    "Your préfecture has a digital help point (point d’accueil numérique) for foreign nationals: someone helps you apply online. To find it, search the internet for “point d’accueil numérique préfecture étrangers” with the name of your département.",
                ]),
                InformationSection("Applying without a computer", [
                    "If you cannot apply online, you have the right to be helped: an agent of the préfecture files the application with you at the counter (CESEDA article R. 431-2; Conseil d’État, 3 June 2022, n° 452798). It is the same application as online, with the same acknowledgement of receipt.",
                ]),
                InformationSection("A question about your application", [
                    "Write to the préfecture from your application's page (“Write to the préfecture”): the answer comes on the same page, and you get an e-mail.",
                ]),
            ]
            case .accessibility: [
                InformationSection(nil, [
                    "This service is committed to being accessible to everyone, as article 47 of law n° 2005-102 of 11 February 2005 requires. This statement covers the whole “DCEM online” site.",
                ]),
                InformationSection("Compliance status", [
                    "The service has not yet been audited against the French accessibility framework (RGAA 4.1). Until an audit is made, it is declared non-compliant.",
                    "It is built to be accessible: structured pages, usable with a keyboard, without JavaScript and zoomed to 200 %, with enough contrast. Each page is checked automatically with the axe-core tool; this does not replace an audit.",
                ]),
                InformationSection("What is not accessible yet", [], list: [
                    "the documents you send (PDF, photos) are shown as they are: the service does not make them accessible;",
                    "the printable cerfa form has not yet been tried with a screen reader;",
                    "the préfecture agents' pages have not yet been tried with a screen reader.",
                ]),
                InformationSection("Reporting a problem, getting the content another way", [
                    "If you cannot use a page, write to the préfecture from your application's page, or call the citizens' contact centre on 0 806 001 620 (free). You can also apply at the préfecture's counter, with an agent (see “Help”).",
                ]),
                InformationSection("If you get no answer", [
                    "If you reported an accessibility problem and got no satisfactory answer, you can refer it to the Défenseur des droits: through the form on defenseurdesdroits.fr, by phone on 09 69 39 00 00, or by free post, without a stamp: Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.",
                ]),
            ]
            case .legalNotice: [
                InformationSection("Publisher and host", [
                    "This service is being built. The administration that will run it will be named here when it opens, with the publication director and the host.",
                ]),
                InformationSection("What the pages say", [
                    "The rules applied come from the texts cited on each page: the code on the entry and residence of foreign nationals (CESEDA), the code on relations between the public and the administration, the code of administrative justice. If in doubt, the préfecture of your département has the final word.",
                ]),
                InformationSection("Personal data and accessibility", [
                    "See the “Personal data” and “Accessibility” pages.",
                ]),
            ]
            case .personalData: [
                InformationSection("What is collected", [], list: [
                    "for the account: your e-mail address and your password, kept in a form that cannot be read back;",
                    "for the application: the identity of the child, the parents and the applicant, the address, the situation (nationalities, residence permits, dates);",
                    "the documents and photos you send, the messages exchanged with the préfecture;",
                    "the application's history: who did what, and when;",
                    "for préfecture agents: their name, e-mail address and préfecture.",
                ]),
                InformationSection("Why", [
                    "To examine the application for a document de circulation pour étranger mineur, issue the document and keep you informed (CESEDA articles L. 414-4 and following, D. 414-1 and following). Nothing else: no advertising, no resale, no audience measurement.",
                    "Legal basis: the performance of a task in the public interest entrusted to the administration (article 6(1)(e) of the General Data Protection Regulation).",
                ]),
                InformationSection("Who sees it", [
                    "You, and the agents of the préfecture competent for the child's département. Nobody else. The service's technical logs hold no personal data.",
                ]),
                InformationSection("How long", [
                    "A draft left unchanged for six months is deleted, after a notice 30 days before; you can also delete it yourself at any time. A filed application, its documents and its messages are kept five years after the later of these two dates: the decision, the end of the document's validity. They are then erased; of the application's history only a trace with no personal data is kept, to prove it was not altered.",
                    "From the “My account” page you can download, at any time and as one ZIP file, everything you gave the service.",
                ]),
                InformationSection("Cookies", [
                    "The service only uses necessary cookies: the session (to stay signed in), the protection of forms and the language chosen. No audience-measurement or advertising cookie: there is nothing to accept.",
                ]),
                InformationSection("Your rights", [
                    "You can access your data, have it corrected, ask for its processing to be limited, object to it, and ask for its erasure when it is no longer needed (articles 15 to 18 and 21 of the General Data Protection Regulation).",
                    "To do so, write to the préfecture from your application's page, or to the data protection officer of the Ministry of the Interior, place Beauvau, 75800 Paris CEDEX 08. Without a satisfactory answer, you can complain to the CNIL (cnil.fr).",
                ]),
            ]
            }
        }
    )
}
