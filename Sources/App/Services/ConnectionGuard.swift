import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTPTypes

/// How long a connection may keep the service waiting, and how many it serves at once
/// (`DCEM_IDLE_TIMEOUT_SECONDS`, `DCEM_HEADER_TIMEOUT_SECONDS`, `DCEM_BODY_TIMEOUT_SECONDS`,
/// `DCEM_MAX_CONNECTIONS`). Without them a client holding sockets open — idle, or trickling a
/// request's head or body — keeps its file descriptors forever, until none is left to accept with.
struct ConnectionLimits: Sendable {
    /// No request under way: from the connection's start or the last response's end.
    var idle: TimeAmount
    /// From a request's first byte until its head is whole.
    var header: TimeAmount
    /// The longest pause in a body while the service is asking for more of it.
    var body: TimeAmount
    /// Connections served at once; one more is answered 503 and closed.
    var maxConnections: Int
    /// Connections accepted at all: the served ones, and as many again being answered 503. Beyond,
    /// new connections wait in the kernel's queue, so the process never runs out of files.
    var acceptedConnections: Int { maxConnections * 2 }
    /// What a 503 asks the client to wait, in seconds.
    static let retryAfterSeconds = 5

    init(_ config: AppConfig) {
        idle = Self.amount(config.idleTimeout)
        header = Self.amount(config.headerTimeout)
        body = Self.amount(config.bodyTimeout)
        maxConnections = config.maxConnections
    }

    static func amount(_ duration: Duration) -> TimeAmount {
        let (seconds, attoseconds) = duration.components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}

/// The connections open on one server: all those accepted (counted where they are accepted), and
/// those admitted to be served (decided at once as each is set up, so a burst admits no more).
final class OpenConnections: Sendable {
    private let count = NIOLockedValueBox(0)
    private let served = NIOLockedValueBox(0)

    var current: Int { count.withLockedValue { $0 } }
    func opened() { count.withLockedValue { $0 += 1 } }
    func closed() { count.withLockedValue { $0 -= 1 } }

    /// True, and counted, when fewer than `limit` are served; `release()` when it closes.
    func admit(limit: Int) -> Bool {
        served.withLockedValue { served in
            guard served < limit else { return false }
            served += 1
            return true
        }
    }

    func release() { served.withLockedValue { $0 -= 1 } }
}

/// Hummingbird's accept gate, on our count: nothing more is accepted past `acceptedConnections`.
struct ConnectionGate: AvailableConnectionsDelegate {
    let open: OpenConnections
    let limit: Int

    mutating func connectionOpened() { open.opened() }
    mutating func connectionClosed() { open.closed() }
    func isAcceptingNewConnections() -> Bool { open.current < limit }
}

/// Hummingbird's HTTP/1.1 child channel with the service's guards around it: `ConnectionWatch`
/// first in the pipeline, where bytes arrive, and `RequestWatch` after the HTTP decoder, where
/// requests and responses begin and end.
struct GuardedHTTP1Channel: HTTPChannelHandler {
    typealias Value = NIOAsyncChannel<HTTPRequestPart, HTTPResponsePart>
    let responder: HTTPChannelHandler.Responder
    let limits: ConnectionLimits
    let open: OpenConnections

    /// The server builder `Application` takes.
    static func builder(limits: ConnectionLimits, open: OpenConnections) -> HTTPServerBuilder {
        HTTPServerBuilder { responder in GuardedHTTP1Channel(responder: responder, limits: limits, open: open) }
    }

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        let limits = self.limits, open = self.open, responder = self.responder
        return channel.eventLoop.makeCompletedFuture { () -> NIOLoopBound<RequestWatch> in
            let admitted = open.admit(limit: limits.maxConnections)
            if admitted { channel.closeFuture.whenComplete { _ in open.release() } }
            let watch = ConnectionWatch(limits: limits, overCapacity: !admitted)
            try channel.pipeline.syncOperations.addHandler(watch, position: .first)
            return NIOLoopBound(RequestWatch(watch: watch), eventLoop: channel.eventLoop)
        }.flatMap { requestWatch in
            HTTP1Channel(responder: responder, configuration: .init(additionalChannelHandlers: [requestWatch.value]))
                .setup(channel: channel, logger: logger)
        }
    }

    func handle(value: Value, logger: Logger) async {
        await handleHTTP(asyncChannel: value, logger: logger)
    }
}

/// Where a connection stands, and the one timer that closes it when it waited too long on the
/// client. Sits first in the pipeline: it sees every byte arrive, and every read the service asks
/// for (a body is only awaited while the handler asks for more of it; a pause while the handler
/// works, writing a file or waiting for the database, is not the client's).
final class ConnectionWatch: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundIn = IOData
    typealias OutboundOut = IOData

    enum Phase {
        /// No request under way.
        case idle
        /// A request's first bytes are in, its head is not whole yet.
        case head
        /// The head is in, the body is being read.
        case body
        /// The request is read; the service is answering.
        case responding
    }

    let limits: ConnectionLimits
    /// Opened beyond `maxConnections`: answered 503 at its first request (`RequestWatch`).
    let overCapacity: Bool
    private(set) var phase = Phase.idle
    private var since = NIODeadline.now()
    private var lastBytes = NIODeadline.now()
    private var readPending = false
    private var readRequestedAt = NIODeadline.now()
    private var awaitedResponses = 0
    private var requestRead = true
    private var active = false
    private var timer: Scheduled<Void>?
    private var context: ChannelHandlerContext?

    init(limits: ConnectionLimits, overCapacity: Bool) {
        self.limits = limits
        self.overCapacity = overCapacity
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
        if context.channel.isActive { activate() }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        cancelTimer()
        self.context = nil
    }

    func channelActive(context: ChannelHandlerContext) {
        activate()
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        cancelTimer()
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let now = NIODeadline.now()
        lastBytes = now
        readPending = false
        if phase == .idle {
            // A request begins: its head now has `header` to arrive whole, however it trickles.
            enter(.head, at: now)
        }
        context.fireChannelRead(data)
    }

    func read(context: ChannelHandlerContext) {
        if !readPending {
            readPending = true
            readRequestedAt = .now()
        }
        context.read()
    }

    // MARK: Told by RequestWatch

    func requestHead() {
        awaitedResponses += 1
        requestRead = false
        enter(.body, at: .now())
    }

    func requestEnd() {
        requestRead = true
        if awaitedResponses == 0 { enter(.idle, at: .now()) } else { enter(.responding, at: .now()) }
    }

    func responseEnd() {
        awaitedResponses = max(0, awaitedResponses - 1)
        if awaitedResponses == 0, requestRead { enter(.idle, at: .now()) }
    }

    // MARK: The timer

    private func activate() {
        guard !active else { return }
        active = true
        // A connection to be answered 503 gets only the time to send its head.
        enter(overCapacity ? .head : .idle, at: .now())
    }

    private func enter(_ phase: Phase, at now: NIODeadline) {
        self.phase = phase
        since = now
        cancelTimer()
        if let deadline = deadline(now: now) { schedule(at: deadline) }
    }

    /// When the connection is to be closed as things stand; nil while the service is answering.
    private func deadline(now: NIODeadline) -> NIODeadline? {
        switch phase {
        case .idle: return since + limits.idle
        case .head: return since + limits.header
        case .body:
            // Only a read asked for and not given counts against the client.
            guard readPending else { return now + limits.body }
            return max(readRequestedAt, lastBytes, since) + limits.body
        case .responding: return nil
        }
    }

    private func schedule(at deadline: NIODeadline) {
        guard let context, active else { return }
        timer = context.eventLoop.assumeIsolatedUnsafeUnchecked().scheduleTask(deadline: deadline) { [weak self] in
            self?.timerFired()
        }
    }

    private func timerFired() {
        timer = nil
        guard let context, active, let deadline = deadline(now: .now()) else { return }
        if deadline <= .now() {
            active = false
            context.close(promise: nil)
        } else {
            schedule(at: deadline)
        }
    }

    private func cancelTimer() {
        timer?.cancel()
        timer = nil
    }
}

/// Sees requests and responses begin and end, for `ConnectionWatch`; answers a connection opened
/// beyond the limit with 503 and `Retry-After`, reads its request through and closes it.
final class RequestWatch: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    let watch: ConnectionWatch
    private var refusing = false

    init(watch: ConnectionWatch) {
        self.watch = watch
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            watch.requestHead()
            if watch.overCapacity {
                refusing = true
                refuse(context)
                return
            }
        case .body:
            if refusing { return }
        case .end:
            watch.requestEnd()
            if refusing {
                context.close(promise: nil)
                return
            }
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let isEnd = if case .end = unwrapOutboundIn(data) { true } else { false }
        context.write(data, promise: promise)
        if isEnd { watch.responseEnd() }
    }

    /// The 503 goes out at once; the request's body, if any, is read and dropped before closing,
    /// so that the client reads the answer rather than a reset.
    private func refuse(_ context: ChannelHandlerContext) {
        let text = ByteBuffer(string: ConnectionText.busy)
        let head = HTTPResponse(status: .serviceUnavailable, headerFields: [
            .retryAfter: String(ConnectionLimits.retryAfterSeconds),
            .connection: "close",
            .contentType: "text/plain; charset=utf-8",
            .contentLength: String(text.readableBytes),
            .cacheControl: "no-store",
        ])
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(text)), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }
}

/// Why `dcem serve` could not listen, said plainly (the socket's error, not a backtrace).
public enum ListenFailure {
    /// A sentence naming `host:port` when `error` is the listening socket's; nil for any other error.
    public static func describe(_ error: any Error, host: String, port: Int) -> String? {
        guard let error = error as? IOError else { return nil }
        let address = host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
        switch error.errnoCode {
        case EADDRINUSE: return "\(address) is already in use: another program listens there. Stop it, or choose another port (--port or PORT)."
        case EACCES: return "\(address) may not be used by this user (a port below 1024 needs privileges). Choose another port (--port or PORT)."
        case EADDRNOTAVAIL: return "\(address) is not an address of this machine. Choose another (--hostname or HOST)."
        default: return "can not listen on \(address): \(error.description)"
        }
    }
}
