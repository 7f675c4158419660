// The pupils' file of a school trip read without I/O (docs/states.md#the-pupils-file): every error
// named by its line and column, the pupils of the rows without error kept.
import DCEMDossier
import DCEMRules
import Foundation
import Testing

@Suite struct PupilCSVTests {
    static let today = CivilDate(iso: "2026-12-04")!

    /// A class of 40 pupils as a French spreadsheet saves it (`;`), with mistakes on 8 rows: line 5 a
    /// 31 February, line 9 a nationality written as an adjective, line 12 neither oui nor non, line 17
    /// no surname, line 20 a field missing, line 26 a birth date to come, line 33 no given names and
    /// "Congo" (two states), line 38 an invisible character in the surname. Line 30 quotes a surname
    /// holding the separator: no mistake.
    static let fortyPupils = "nom;prénoms;date de naissance;lieu de naissance;nationalité;DCEM\n" + """
Amrani;Karim Eva;13/11/2010;Casablanca (Maroc);MA;non
Benali;Sara;04/06/2014;Casablanca (Maroc);DZ;non
Diallo;Rayan;07/01/2010;Paris;Sénégal;non
Traoré;Nour Chaïma;31/02/2012;Paris;TN;oui
Nguyen;Bilal;27/10/2010;Alger (Algérie);Mali;non
Haddad;Tarek;02/10/2014;Paris;CN;non
Kone;Bilal Hawa;02/09/2011;Dakar (Sénégal);Côte d'Ivoire;non
Mensah;Nour;05/09/2010;Lyon;Marocaine;non
Ouédraogo;Jade;18/11/2011;Casablanca (Maroc);UA;non
Sow;Tarek Tarek;21/04/2012;Casablanca (Maroc);Afghanistan;non
Bakayoko;Sara;23/02/2014;Casablanca (Maroc);MA;peut-être
Chen;Yasmine;07/08/2014;Paris;DZ;non
Dembélé;Karim Omar;19/08/2012;Dakar (Sénégal);Sénégal;non
Fofana;Hawa;26/03/2011;Casablanca (Maroc);TN;non
Gueye;Tarek;10/09/2013;Dakar (Sénégal);Mali;non
;Omar Jade;20/02/2010;Lyon;CN;non
Idrissi;Nour;06/06/2011;Paris;Côte d'Ivoire;non
Jaber;Nour;02/11/2010;Kyiv (Ukraine);Turquie;oui
Kaba;Sara Tarek;26/06/2012;Bamako (Mali);UA
Lahlou;Leïla;20/08/2014;Kyiv (Ukraine);Afghanistan;non
Mansour;Omar;03/02/2012;Paris;MA;non
Ndiaye;Chaïma Bilal;24/12/2012;Bamako (Mali);DZ;non
Okafor;Tarek;22/08/2012;Bamako (Mali);Sénégal;non
Petrov;Moussa;22/06/2010;Paris;TN;non
Qasim;Leïla Fatou;01/01/2030;Casablanca (Maroc);Mali;oui
Rahmani;Gabriel;25/05/2011;Bamako (Mali);CN;non
Saïdi;Hawa;13/07/2013;Casablanca (Maroc);Côte d'Ivoire;non
Touré;Fatou Omar;13/09/2012;Alger (Algérie);Turquie;non
"Ben Salah; El Idrissi";Nour;28/09/2012;Bamako (Mali);UA;non
Vasquez;Nour;12/11/2013;Alger (Algérie);Afghanistan;non
Wang;Eva Chaïma;06/03/2011;Bamako (Mali);MA;non
Yilmaz;;01/08/2014;Alger (Algérie);Congo;oui
Zerrouki;Ibrahim;10/01/2011;Paris;Sénégal;non
Abdi;Sara Leïla;20/10/2012;Alger (Algérie);TN;non
Bamba;Rayan;20/11/2010;Paris;Mali;non
Cissé;Sara;13/07/2013;Paris;CN;non
Sa\u{200B}ïdi;Djibril Priya;21/07/2010;Alger (Algérie);Côte d'Ivoire;non
El;Chaïma;07/08/2011;Casablanca (Maroc);Turquie;non
Amrani;Karim;20/01/2010;Casablanca (Maroc);UA;oui
Faye;Tarek Eva;18/02/2012;Lyon;Afghanistan;non

"""

    @Test func aFileOfFortyPupilsWithMistakesOnSomeRows() {
        let result = PupilCSV.parse(Self.fortyPupils, today: Self.today)
        #expect(result.separator == ";")
        #expect(result.pupils.count == 32)
        let found = result.errors.map { "\($0.line):\($0.position.map(String.init) ?? "-")" }
        #expect(found == ["5:3", "9:5", "12:6", "17:1", "20:-", "26:3", "33:2", "33:5", "38:1"])
        #expect(result.errors.map(\.problem) == [
            .badDate("31/02/2012"), .unknownCountry("Marocaine"), .badYesNo("peut-être"), .required,
            .fieldCount(expected: 6, found: 5), .futureBirthDate, .required, .unknownCountry("Congo"), .controlCharacter,
        ])
        #expect(result.errors.first?.message(in: .fr) == "Ligne 5, colonne 3 (date de naissance) : « 31/02/2012 » n'est pas une date JJ/MM/AAAA.")
        #expect(result.errors.first?.message(in: .en) == "Line 5, column 3 (birth date): \"31/02/2012\" is not a date DD/MM/YYYY.")
        // the rows without mistakes, each with its line
        let erroneous: Set<Int> = [5, 9, 12, 17, 20, 26, 33, 38]
        #expect(result.pupils.map(\.line) == (2...41).filter { !erroneous.contains($0) })
        let first = result.pupils[0].minor
        #expect(first.surname == "Amrani" && first.givenNames == "Karim Eva" && first.birthDate == CivilDate(iso: "2010-11-13"))
        #expect(first.birthPlace == "Casablanca (Maroc)" && first.nationalities == [Country(code: "MA")!] && !first.holdsValidDCEM)
        // a quoted surname keeps its separator; a French name and an ISO code are both read
        #expect(result.pupils.first { $0.line == 30 }?.minor.surname == "Ben Salah; El Idrissi")
        #expect(result.pupils.first { $0.line == 4 }?.minor.nationalities == [Country(code: "SN")!])
        #expect(result.pupils.first { $0.line == 19 }?.minor.holdsValidDCEM == true)
    }

    @Test func thePupilsReadGoStraightToTheRules() {
        let pupils = PupilCSV.parse(Self.fortyPupils, today: Self.today).pupils.map(\.minor)
        let list = CollectiveTravel.list(pupils, departure: CivilDate(iso: "2027-03-16")!, returnOn: CivilDate(iso: "2027-03-20")!)
        #expect(list.kept.count + list.excluded.count == 32)
        #expect(list.excluded.allSatisfy { $0.reason == .holdsDCEM })
    }

    @Test func theTemplateReadsAsOnePupil() {
        let result = PupilCSV.parse(PupilCSV.template, today: Self.today)
        #expect(result.errors.isEmpty)
        #expect(result.pupils.map(\.minor.surname) == ["EXEMPLE"])
    }

    @Test func commasQuotesLineBreaksAndAByteOrderMark() {
        let text = "\u{FEFF}Nom,Prénom,Date de naissance,Lieu de naissance,Nationalité,DCEM\r\n"
            + "\"Dupont, dit \"\"Pierrot\"\"\",Jean,2012-03-05,\"Tunis\r\n(Tunisie)\",Tunisie,Non\r\n"
            + "\r\n"
            + "Ba,Awa,5/3/2012,Dakar,SN / FR,oui\r\n"
        let result = PupilCSV.parse(text, today: Self.today)
        #expect(result.separator == ",")
        // a line break kept inside quotes is refused in a one-line field, on the line its row starts on
        #expect(result.errors == [PupilCSV.ImportError(line: 2, position: 4, column: .birthPlace, problem: .controlCharacter)])
        // the quoted line break and the blank row count as lines
        #expect(result.pupils.map(\.line) == [5])
        #expect(result.pupils[0].minor.birthDate == CivilDate(iso: "2012-03-05"))
        #expect(result.pupils[0].minor.nationalities == [Country(code: "SN")!, Country(code: "FR")!])
        #expect(result.pupils[0].minor.holdsValidDCEM)
        let quoted = PupilCSV.parse("nom,prénoms,date de naissance,lieu de naissance,nationalité,DCEM\n"
                                    + "\"Dupont, dit \"\"Pierrot\"\"\",Jean,2012-03-05,Tunis,Tunisie,Non\n", today: Self.today)
        #expect(quoted.errors.isEmpty)
        #expect(quoted.pupils.first?.minor.surname == "Dupont, dit \"Pierrot\"")
        #expect(quoted.pupils.first?.minor.nationalities == [Country(code: "TN")!])
    }

    @Test func anUnclosedQuoteIsNamedOnTheLineItOpens() {
        let text = "nom;prénoms;date de naissance;lieu de naissance;nationalité;DCEM\nBa;Awa;05/03/2012;Dakar;SN;non\n\"Diop;Moussa;01/01/2011;Thiès;SN;non\nSy;Ali;01/01/2011;Thiès;SN;non\n"
        let result = PupilCSV.parse(text, today: Self.today)
        #expect(result.errors.map(\.line) == [3])
        #expect(result.errors.map(\.problem) == [.unclosedQuote])
        #expect(result.pupils.map(\.line) == [2])
    }

    @Test func textAfterAClosingQuote() {
        let text = "nom;prénoms;date de naissance;lieu de naissance;nationalité;DCEM\n\"Ba\"x;Awa;05/03/2012;Dakar;SN;non\n"
        let result = PupilCSV.parse(text, today: Self.today)
        #expect(result.errors.map(\.problem) == [.textAfterQuote])
        #expect(result.errors.first?.line == 2 && result.errors.first?.position == 1)
        #expect(result.pupils.isEmpty)
    }

    @Test func aWrongHeaderIsNamedAndNothingElseRead() {
        let result = PupilCSV.parse("nom;prenom;né le;ville;nationalite;nom\nBa;Awa;05/03/2012;Dakar;SN\n", today: Self.today)
        #expect(result.pupils.isEmpty)
        #expect(result.errors.map(\.problem) == [
            .unknownColumn("ville"), .duplicateColumn(.surname), .missingColumn(.birthPlace), .missingColumn(.holdsDCEM),
        ])
        #expect(result.errors.allSatisfy { $0.line == 1 })
        #expect(PupilCSV.parse("", today: Self.today).errors.map(\.problem) == [.emptyFile])
        #expect(PupilCSV.parse("\n ; \n", today: Self.today).errors.map(\.problem) == [.emptyFile])
        // a header row after blank lines is still the header, and lines keep their numbers
        let late = PupilCSV.parse("\n\nnom;prénoms;date de naissance;lieu de naissance;nationalité;DCEM\nBa;Awa;05/03/2012;Dakar;SN;non\n",
                                  today: Self.today)
        #expect(late.errors.isEmpty && late.pupils.map(\.line) == [4])
        // a header whose quote never closes
        #expect(PupilCSV.parse("\"nom;prénoms\nBa;Awa\n", today: Self.today).errors.map(\.problem) == [.unclosedQuote])
    }

    @Test func headersInEnglishAndInAnyOrder() {
        let text = "Nationality;Surname;Given names;Date of birth;Place of birth;Holds a DCEM\nMA;Ba;Awa;05/03/2012;Rabat;no\n"
        let result = PupilCSV.parse(text, today: Self.today)
        #expect(result.errors.isEmpty)
        #expect(result.pupils.first?.minor.surname == "Ba" && result.pupils.first?.minor.nationalities == [Country(code: "MA")!])
    }

    @Test func atMostTwoHundredPupils() {
        var text = "nom;prénoms;date de naissance;lieu de naissance;nationalité;DCEM\n"
        for i in 1...201 { text += "Nom\(i);Awa;05/03/2012;Dakar;SN;non\n" }
        let result = PupilCSV.parse(text, today: Self.today)
        #expect(result.pupils.count == 200)
        #expect(result.errors.map(\.problem) == [.tooManyPupils])
        #expect(result.errors.first?.line == 202)
    }

    @Test func decodesUTF8AndWindows1252() {
        let utf8: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("prénoms".utf8)
        #expect(PupilCSV.decode(utf8) == "prénoms")
        // "prénoms" as an older spreadsheet saves it: é is 0xE9
        let cp1252: [UInt8] = [0x70, 0x72, 0xE9, 0x6E, 0x6F, 0x6D, 0x73]
        #expect(PupilCSV.decode(cp1252) == "prénoms")
    }

    @Test func everyProblemHasAMessageInBothLanguages() {
        let problems: [PupilCSV.Problem] = [
            .emptyFile, .missingColumn(.surname), .unknownColumn("x"), .duplicateColumn(.surname), .fieldCount(expected: 6, found: 5),
            .unclosedQuote, .textAfterQuote, .required, .tooLong, .controlCharacter, .badDate("x"), .futureBirthDate,
            .unknownCountry("x"), .badYesNo("x"), .tooManyPupils,
        ]
        for language in Language.allCases {
            let texts = problems.map { PupilCSV.ImportError(line: 2, position: 1, column: .surname, problem: $0).message(in: language) }
            #expect(Set(texts).count == problems.count)
        }
    }
}
