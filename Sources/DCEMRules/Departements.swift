import Foundation

/// A French département, as the INSEE codes it: `01`–`19`, `2A`, `2B`, `21`–`95`, `971`–`974`,
/// `976` (101 codes; docs/eligibility.md#request).
///
/// Each has one competent service, its préfecture in the chef-lieu; Paris is served by the
/// Préfecture de police (docs/law.md#prefecture-directory). Only what is certain ships as
/// data: street addresses, hours and counters are configuration entered in the back office.
/// Time zones: docs/law.md#time-zones.
public struct Departement: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Position in `Departement.all` (which is in code order).
    @usableFromInline let index: UInt8

    @usableFromInline init(index: UInt8) { self.index = index }

    /// nil unless `code` is one of the 101 codes. `2a`/`2b` are read as `2A`/`2B`.
    public init?(code: String) {
        guard let i = Departement.indexByCode[code] ?? Departement.indexByCode[code.uppercased()] else { return nil }
        index = i
    }

    static let indexByCode: [String: UInt8] = Dictionary(
        uniqueKeysWithValues: entries.enumerated().map { ($0.element.code, UInt8($0.offset)) })

    public var code: String { entry.code }
    /// The département's name, e.g. "Bouches-du-Rhône".
    public var name: String { entry.name }
    /// The town of the préfecture.
    public var chefLieu: String { entry.chefLieu }
    /// The competent service, e.g. "Préfecture de l'Ain", "Préfecture de police" (Paris).
    public var serviceName: String { entry.service }
    /// IANA time zone in which "today" is counted for this département (docs/law.md#time-zones).
    public var timeZoneIdentifier: String { entry.timeZone }

    /// The département's zone. Falls back to the fixed standard offset if the system has no tz data.
    public var timeZone: TimeZone {
        if let zone = TimeZone(identifier: entry.timeZone) { return zone }
        switch entry.code {
        case "971", "972": return TimeZone(secondsFromGMT: -4 * 3600)!
        case "973": return TimeZone(secondsFromGMT: -3 * 3600)!
        case "974": return TimeZone(secondsFromGMT: 4 * 3600)!
        case "976": return TimeZone(secondsFromGMT: 3 * 3600)!
        default: return TimeZone(secondsFromGMT: 3600)!
        }
    }

    /// The civil day of `instant` in this département (the caller passes the instant).
    public func today(at instant: Date) -> CivilDate { CivilDate.on(instant, timeZone: timeZone) }

    /// Ruling 9: Mayotte (976) has its own condition and a Mayotte-only document.
    @inlinable public var isMayotte: Bool { index == Departement.mayotteIndex }

    public var description: String { entry.code }

    public static func < (lhs: Departement, rhs: Departement) -> Bool { lhs.index < rhs.index }

    /// The 101 départements, in code order.
    public static let all: [Departement] = (0..<entries.count).map { Departement(index: UInt8($0)) }

    public static let mayotte = Departement(index: mayotteIndex)
    public static let paris = Departement(code: "75")!

    @usableFromInline static let mayotteIndex: UInt8 = 100

    /// Where the directory comes from.
    public static let directoryBasis = LegalReference("CESEDA D. 414-4 (préfet du département de résidence ; à Paris, préfet de police)",
                                                      sources: [.prefecture2018])

    struct Entry: Sendable {
        let code: String
        let name: String
        let chefLieu: String
        let service: String
        let timeZone: String
    }

    var entry: Entry { Departement.entries[Int(index)] }

    static let entries: [Entry] = [
        .init(code: "01", name: "Ain", chefLieu: "Bourg-en-Bresse", service: "Préfecture de l'Ain", timeZone: "Europe/Paris"),
        .init(code: "02", name: "Aisne", chefLieu: "Laon", service: "Préfecture de l'Aisne", timeZone: "Europe/Paris"),
        .init(code: "03", name: "Allier", chefLieu: "Moulins", service: "Préfecture de l'Allier", timeZone: "Europe/Paris"),
        .init(code: "04", name: "Alpes-de-Haute-Provence", chefLieu: "Digne-les-Bains", service: "Préfecture des Alpes-de-Haute-Provence", timeZone: "Europe/Paris"),
        .init(code: "05", name: "Hautes-Alpes", chefLieu: "Gap", service: "Préfecture des Hautes-Alpes", timeZone: "Europe/Paris"),
        .init(code: "06", name: "Alpes-Maritimes", chefLieu: "Nice", service: "Préfecture des Alpes-Maritimes", timeZone: "Europe/Paris"),
        .init(code: "07", name: "Ardèche", chefLieu: "Privas", service: "Préfecture de l'Ardèche", timeZone: "Europe/Paris"),
        .init(code: "08", name: "Ardennes", chefLieu: "Charleville-Mézières", service: "Préfecture des Ardennes", timeZone: "Europe/Paris"),
        .init(code: "09", name: "Ariège", chefLieu: "Foix", service: "Préfecture de l'Ariège", timeZone: "Europe/Paris"),
        .init(code: "10", name: "Aube", chefLieu: "Troyes", service: "Préfecture de l'Aube", timeZone: "Europe/Paris"),
        .init(code: "11", name: "Aude", chefLieu: "Carcassonne", service: "Préfecture de l'Aude", timeZone: "Europe/Paris"),
        .init(code: "12", name: "Aveyron", chefLieu: "Rodez", service: "Préfecture de l'Aveyron", timeZone: "Europe/Paris"),
        .init(code: "13", name: "Bouches-du-Rhône", chefLieu: "Marseille", service: "Préfecture des Bouches-du-Rhône", timeZone: "Europe/Paris"),
        .init(code: "14", name: "Calvados", chefLieu: "Caen", service: "Préfecture du Calvados", timeZone: "Europe/Paris"),
        .init(code: "15", name: "Cantal", chefLieu: "Aurillac", service: "Préfecture du Cantal", timeZone: "Europe/Paris"),
        .init(code: "16", name: "Charente", chefLieu: "Angoulême", service: "Préfecture de la Charente", timeZone: "Europe/Paris"),
        .init(code: "17", name: "Charente-Maritime", chefLieu: "La Rochelle", service: "Préfecture de la Charente-Maritime", timeZone: "Europe/Paris"),
        .init(code: "18", name: "Cher", chefLieu: "Bourges", service: "Préfecture du Cher", timeZone: "Europe/Paris"),
        .init(code: "19", name: "Corrèze", chefLieu: "Tulle", service: "Préfecture de la Corrèze", timeZone: "Europe/Paris"),
        .init(code: "2A", name: "Corse-du-Sud", chefLieu: "Ajaccio", service: "Préfecture de la Corse-du-Sud", timeZone: "Europe/Paris"),
        .init(code: "2B", name: "Haute-Corse", chefLieu: "Bastia", service: "Préfecture de la Haute-Corse", timeZone: "Europe/Paris"),
        .init(code: "21", name: "Côte-d'Or", chefLieu: "Dijon", service: "Préfecture de la Côte-d'Or", timeZone: "Europe/Paris"),
        .init(code: "22", name: "Côtes-d'Armor", chefLieu: "Saint-Brieuc", service: "Préfecture des Côtes-d'Armor", timeZone: "Europe/Paris"),
        .init(code: "23", name: "Creuse", chefLieu: "Guéret", service: "Préfecture de la Creuse", timeZone: "Europe/Paris"),
        .init(code: "24", name: "Dordogne", chefLieu: "Périgueux", service: "Préfecture de la Dordogne", timeZone: "Europe/Paris"),
        .init(code: "25", name: "Doubs", chefLieu: "Besançon", service: "Préfecture du Doubs", timeZone: "Europe/Paris"),
        .init(code: "26", name: "Drôme", chefLieu: "Valence", service: "Préfecture de la Drôme", timeZone: "Europe/Paris"),
        .init(code: "27", name: "Eure", chefLieu: "Évreux", service: "Préfecture de l'Eure", timeZone: "Europe/Paris"),
        .init(code: "28", name: "Eure-et-Loir", chefLieu: "Chartres", service: "Préfecture d'Eure-et-Loir", timeZone: "Europe/Paris"),
        .init(code: "29", name: "Finistère", chefLieu: "Quimper", service: "Préfecture du Finistère", timeZone: "Europe/Paris"),
        .init(code: "30", name: "Gard", chefLieu: "Nîmes", service: "Préfecture du Gard", timeZone: "Europe/Paris"),
        .init(code: "31", name: "Haute-Garonne", chefLieu: "Toulouse", service: "Préfecture de la Haute-Garonne", timeZone: "Europe/Paris"),
        .init(code: "32", name: "Gers", chefLieu: "Auch", service: "Préfecture du Gers", timeZone: "Europe/Paris"),
        .init(code: "33", name: "Gironde", chefLieu: "Bordeaux", service: "Préfecture de la Gironde", timeZone: "Europe/Paris"),
        .init(code: "34", name: "Hérault", chefLieu: "Montpellier", service: "Préfecture de l'Hérault", timeZone: "Europe/Paris"),
        .init(code: "35", name: "Ille-et-Vilaine", chefLieu: "Rennes", service: "Préfecture d'Ille-et-Vilaine", timeZone: "Europe/Paris"),
        .init(code: "36", name: "Indre", chefLieu: "Châteauroux", service: "Préfecture de l'Indre", timeZone: "Europe/Paris"),
        .init(code: "37", name: "Indre-et-Loire", chefLieu: "Tours", service: "Préfecture d'Indre-et-Loire", timeZone: "Europe/Paris"),
        .init(code: "38", name: "Isère", chefLieu: "Grenoble", service: "Préfecture de l'Isère", timeZone: "Europe/Paris"),
        .init(code: "39", name: "Jura", chefLieu: "Lons-le-Saunier", service: "Préfecture du Jura", timeZone: "Europe/Paris"),
        .init(code: "40", name: "Landes", chefLieu: "Mont-de-Marsan", service: "Préfecture des Landes", timeZone: "Europe/Paris"),
        .init(code: "41", name: "Loir-et-Cher", chefLieu: "Blois", service: "Préfecture de Loir-et-Cher", timeZone: "Europe/Paris"),
        .init(code: "42", name: "Loire", chefLieu: "Saint-Étienne", service: "Préfecture de la Loire", timeZone: "Europe/Paris"),
        .init(code: "43", name: "Haute-Loire", chefLieu: "Le Puy-en-Velay", service: "Préfecture de la Haute-Loire", timeZone: "Europe/Paris"),
        .init(code: "44", name: "Loire-Atlantique", chefLieu: "Nantes", service: "Préfecture de la Loire-Atlantique", timeZone: "Europe/Paris"),
        .init(code: "45", name: "Loiret", chefLieu: "Orléans", service: "Préfecture du Loiret", timeZone: "Europe/Paris"),
        .init(code: "46", name: "Lot", chefLieu: "Cahors", service: "Préfecture du Lot", timeZone: "Europe/Paris"),
        .init(code: "47", name: "Lot-et-Garonne", chefLieu: "Agen", service: "Préfecture de Lot-et-Garonne", timeZone: "Europe/Paris"),
        .init(code: "48", name: "Lozère", chefLieu: "Mende", service: "Préfecture de la Lozère", timeZone: "Europe/Paris"),
        .init(code: "49", name: "Maine-et-Loire", chefLieu: "Angers", service: "Préfecture de Maine-et-Loire", timeZone: "Europe/Paris"),
        .init(code: "50", name: "Manche", chefLieu: "Saint-Lô", service: "Préfecture de la Manche", timeZone: "Europe/Paris"),
        .init(code: "51", name: "Marne", chefLieu: "Châlons-en-Champagne", service: "Préfecture de la Marne", timeZone: "Europe/Paris"),
        .init(code: "52", name: "Haute-Marne", chefLieu: "Chaumont", service: "Préfecture de la Haute-Marne", timeZone: "Europe/Paris"),
        .init(code: "53", name: "Mayenne", chefLieu: "Laval", service: "Préfecture de la Mayenne", timeZone: "Europe/Paris"),
        .init(code: "54", name: "Meurthe-et-Moselle", chefLieu: "Nancy", service: "Préfecture de Meurthe-et-Moselle", timeZone: "Europe/Paris"),
        .init(code: "55", name: "Meuse", chefLieu: "Bar-le-Duc", service: "Préfecture de la Meuse", timeZone: "Europe/Paris"),
        .init(code: "56", name: "Morbihan", chefLieu: "Vannes", service: "Préfecture du Morbihan", timeZone: "Europe/Paris"),
        .init(code: "57", name: "Moselle", chefLieu: "Metz", service: "Préfecture de la Moselle", timeZone: "Europe/Paris"),
        .init(code: "58", name: "Nièvre", chefLieu: "Nevers", service: "Préfecture de la Nièvre", timeZone: "Europe/Paris"),
        .init(code: "59", name: "Nord", chefLieu: "Lille", service: "Préfecture du Nord", timeZone: "Europe/Paris"),
        .init(code: "60", name: "Oise", chefLieu: "Beauvais", service: "Préfecture de l'Oise", timeZone: "Europe/Paris"),
        .init(code: "61", name: "Orne", chefLieu: "Alençon", service: "Préfecture de l'Orne", timeZone: "Europe/Paris"),
        .init(code: "62", name: "Pas-de-Calais", chefLieu: "Arras", service: "Préfecture du Pas-de-Calais", timeZone: "Europe/Paris"),
        .init(code: "63", name: "Puy-de-Dôme", chefLieu: "Clermont-Ferrand", service: "Préfecture du Puy-de-Dôme", timeZone: "Europe/Paris"),
        .init(code: "64", name: "Pyrénées-Atlantiques", chefLieu: "Pau", service: "Préfecture des Pyrénées-Atlantiques", timeZone: "Europe/Paris"),
        .init(code: "65", name: "Hautes-Pyrénées", chefLieu: "Tarbes", service: "Préfecture des Hautes-Pyrénées", timeZone: "Europe/Paris"),
        .init(code: "66", name: "Pyrénées-Orientales", chefLieu: "Perpignan", service: "Préfecture des Pyrénées-Orientales", timeZone: "Europe/Paris"),
        .init(code: "67", name: "Bas-Rhin", chefLieu: "Strasbourg", service: "Préfecture du Bas-Rhin", timeZone: "Europe/Paris"),
        .init(code: "68", name: "Haut-Rhin", chefLieu: "Colmar", service: "Préfecture du Haut-Rhin", timeZone: "Europe/Paris"),
        .init(code: "69", name: "Rhône", chefLieu: "Lyon", service: "Préfecture du Rhône", timeZone: "Europe/Paris"),
        .init(code: "70", name: "Haute-Saône", chefLieu: "Vesoul", service: "Préfecture de la Haute-Saône", timeZone: "Europe/Paris"),
        .init(code: "71", name: "Saône-et-Loire", chefLieu: "Mâcon", service: "Préfecture de Saône-et-Loire", timeZone: "Europe/Paris"),
        .init(code: "72", name: "Sarthe", chefLieu: "Le Mans", service: "Préfecture de la Sarthe", timeZone: "Europe/Paris"),
        .init(code: "73", name: "Savoie", chefLieu: "Chambéry", service: "Préfecture de la Savoie", timeZone: "Europe/Paris"),
        .init(code: "74", name: "Haute-Savoie", chefLieu: "Annecy", service: "Préfecture de la Haute-Savoie", timeZone: "Europe/Paris"),
        .init(code: "75", name: "Paris", chefLieu: "Paris", service: "Préfecture de police", timeZone: "Europe/Paris"),
        .init(code: "76", name: "Seine-Maritime", chefLieu: "Rouen", service: "Préfecture de la Seine-Maritime", timeZone: "Europe/Paris"),
        .init(code: "77", name: "Seine-et-Marne", chefLieu: "Melun", service: "Préfecture de Seine-et-Marne", timeZone: "Europe/Paris"),
        .init(code: "78", name: "Yvelines", chefLieu: "Versailles", service: "Préfecture des Yvelines", timeZone: "Europe/Paris"),
        .init(code: "79", name: "Deux-Sèvres", chefLieu: "Niort", service: "Préfecture des Deux-Sèvres", timeZone: "Europe/Paris"),
        .init(code: "80", name: "Somme", chefLieu: "Amiens", service: "Préfecture de la Somme", timeZone: "Europe/Paris"),
        .init(code: "81", name: "Tarn", chefLieu: "Albi", service: "Préfecture du Tarn", timeZone: "Europe/Paris"),
        .init(code: "82", name: "Tarn-et-Garonne", chefLieu: "Montauban", service: "Préfecture de Tarn-et-Garonne", timeZone: "Europe/Paris"),
        .init(code: "83", name: "Var", chefLieu: "Toulon", service: "Préfecture du Var", timeZone: "Europe/Paris"),
        .init(code: "84", name: "Vaucluse", chefLieu: "Avignon", service: "Préfecture de Vaucluse", timeZone: "Europe/Paris"),
        .init(code: "85", name: "Vendée", chefLieu: "La Roche-sur-Yon", service: "Préfecture de la Vendée", timeZone: "Europe/Paris"),
        .init(code: "86", name: "Vienne", chefLieu: "Poitiers", service: "Préfecture de la Vienne", timeZone: "Europe/Paris"),
        .init(code: "87", name: "Haute-Vienne", chefLieu: "Limoges", service: "Préfecture de la Haute-Vienne", timeZone: "Europe/Paris"),
        .init(code: "88", name: "Vosges", chefLieu: "Épinal", service: "Préfecture des Vosges", timeZone: "Europe/Paris"),
        .init(code: "89", name: "Yonne", chefLieu: "Auxerre", service: "Préfecture de l'Yonne", timeZone: "Europe/Paris"),
        .init(code: "90", name: "Territoire de Belfort", chefLieu: "Belfort", service: "Préfecture du Territoire de Belfort", timeZone: "Europe/Paris"),
        .init(code: "91", name: "Essonne", chefLieu: "Évry-Courcouronnes", service: "Préfecture de l'Essonne", timeZone: "Europe/Paris"),
        .init(code: "92", name: "Hauts-de-Seine", chefLieu: "Nanterre", service: "Préfecture des Hauts-de-Seine", timeZone: "Europe/Paris"),
        .init(code: "93", name: "Seine-Saint-Denis", chefLieu: "Bobigny", service: "Préfecture de la Seine-Saint-Denis", timeZone: "Europe/Paris"),
        .init(code: "94", name: "Val-de-Marne", chefLieu: "Créteil", service: "Préfecture du Val-de-Marne", timeZone: "Europe/Paris"),
        .init(code: "95", name: "Val-d'Oise", chefLieu: "Cergy", service: "Préfecture du Val-d'Oise", timeZone: "Europe/Paris"),
        .init(code: "971", name: "Guadeloupe", chefLieu: "Basse-Terre", service: "Préfecture de la Guadeloupe", timeZone: "America/Guadeloupe"),
        .init(code: "972", name: "Martinique", chefLieu: "Fort-de-France", service: "Préfecture de la Martinique", timeZone: "America/Martinique"),
        .init(code: "973", name: "Guyane", chefLieu: "Cayenne", service: "Préfecture de la Guyane", timeZone: "America/Cayenne"),
        .init(code: "974", name: "La Réunion", chefLieu: "Saint-Denis", service: "Préfecture de La Réunion", timeZone: "Indian/Reunion"),
        .init(code: "976", name: "Mayotte", chefLieu: "Mamoudzou", service: "Préfecture de Mayotte", timeZone: "Indian/Mayotte"),
    ]
}
