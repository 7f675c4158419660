import DCEMRules
import Hummingbird

/// The public simulator. (Stub: replaced by the simulator's flow.)
struct SimulatorController {
    let today: @Sendable () -> CivilDate

    func register(on router: Router<AppRequestContext>) {}
}
