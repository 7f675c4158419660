"""What the scripts send as a family would: a minimal PDF and JPEG that pass the service's content
checks, a photo date, and the answers of a complete draft (read by scripts/bench.d/drafts.py,
scripts/hostile.d/probes.py, scripts/crash-test.d/drive.py and scripts/several-machines.d/checks.py)."""
import datetime

PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
JPEG = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
              0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x01, 0x00, 0x01, 0x01, 0x01, 0x11, 0x00,
              0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00, 0x00, 0xFF, 0xD9])


def tagged_pdf(tag):
    """PDF with a comment line after its header: a distinct file for each tag."""
    return PDF[:9] + b"%" + tag.encode() + b"\n" + PDF[9:]


def tagged_jpeg(tag):
    """JPEG with a comment segment (FF FE) after its start: a distinct photo for each tag."""
    comment = tag.encode()
    return JPEG[:2] + bytes([0xFF, 0xFE]) + (len(comment) + 2).to_bytes(2, "big") + comment + JPEG[2:]


# The civil-status documents (DocumentCode.isCivilStatus): for each, the family says whether it is
# in French before filing (docs/law.md#translations).
CIVIL_STATUS = ("applicant-birth-certificate", "filiation", "parental-authority-proof", "mandator-authority-proof")
TAKEN_ON = (datetime.date.today() - datetime.timedelta(days=20)).isoformat()
ANSWERS = {
    "child": {"surname": "Benali", "givenNames": "Yasmine", "sex": "F", "birthPlace": "Casablanca", "birthCountry": "Maroc",
              "nationality": "marocaine", "passportNumber": "AB123456", "passportExpires": "2031-06-01"},
    "parents": {"parents": [{"surname": "Benali", "givenNames": "Karim", "nationality": "marocaine"}]},
    "applicant": {"phone": "06 12 34 56 78"},
    "address": {"line1": "12 rue des Lilas", "postalCode": "75011", "city": "Paris"},
    "situation": {"nationalite-enfant": "other", "titre-de-sejour-enfant": "no", "naissance": "2015-05-12", "vit-en-france": "yes",
                  "parent-1-nationalite": "other", "parent-1-titre": "resident", "parent-1-expiration": "2030-01-01",
                  "beau-parent": "no", "protection": "none", "ase": "no", "arrivee": "other"},
}
