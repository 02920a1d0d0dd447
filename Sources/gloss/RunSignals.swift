import Dispatch
import Foundation
import GlossCore
import Synchronization

/// Turns SIGINT and SIGTERM into a clean stop: the first signal cancels the run (no further
/// input is read, documents in flight are finished and written as whole records), and the
/// command exits with 130 or 143 afterwards; a second SIGINT exits at once.
///
/// (`@unchecked`: the signal sources are set once in `init` and only kept alive after.)
final class RunSignals: @unchecked Sendable {
    let cancellation = CancellationToken()
    private let received = Atomic<Int32>(0)
    private var sources: [DispatchSourceSignal] = []

    init() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.handle(number) }
            source.resume()
            sources.append(source)
        }
    }

    private func handle(_ number: Int32) {
        if received.load(ordering: .acquiring) != 0, number == SIGINT { exit(130) }
        received.store(number, ordering: .releasing)
        FileHandle.standardError.write(Data(
            "\ngloss: stopping: finishing the documents in flight (Ctrl-C again to quit at once)\n".utf8))
        cancellation.cancel()
    }

    /// The exit code the signal asks for (128 + its number), or nil when none came.
    var exitCode: Int32? {
        let number = received.load(ordering: .acquiring)
        return number == 0 ? nil : 128 + number
    }
}
