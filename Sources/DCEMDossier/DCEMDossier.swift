// The case as a pure domain, beside the law (`DCEMRules`): what is true of one application for a
// DCEM whatever the door it comes through (a page, the API, the scheduler). No Fluent, no
// Hummingbird, no I/O; every function that depends on time takes the date. See docs/architecture.md.
import DCEMRules
