import Foundation

/// Where the handlers' tasks run: a thread of the server's own, not Swift's task pool. The
/// pool has one thread per core, two on a volunteer's laptop, and whatever keeps them busy
/// (a page rendered for a slow client, in the tests other suites' builds) would hold up
/// every answer behind it. The handlers only look up files in memory, one at a time on the
/// site's actor anyway, so one thread loses nothing.
final class HandlerExecutor: TaskExecutor {
    private let queue = DispatchQueue(label: "dossier preview handlers")

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
