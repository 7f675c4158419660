// The case domain's tests: plain values in, plain values out, no database.
import DCEMCase
import DCEMRules
import Testing
