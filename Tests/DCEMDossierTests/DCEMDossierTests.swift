// The case domain's tests: plain values in, plain values out, no database.
import DCEMDossier
import DCEMRules
import Testing
