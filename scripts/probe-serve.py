#!/usr/bin/env python3
"""Probes whether one hostile client can stop `dossier serve`, the preview server.

    scripts/probe-serve.py 127.0.0.1:18080 [--quick] [--idle 400] [--only abcdefg]

It starts nothing: run the server yourself, e.g.
    (ulimit -n 256; dossier serve --port 18080 --source .)
Each scenario sends what a hostile (or merely broken) client could send, and meanwhile a
normal client on another socket fetches GET / over and over, timing each answer. Why:
the preview was stopped by one client (a quadratic request parser, descriptors run out
for good, no header timeout), so each line below names one way it must not be stopped:

  (a) a request line of 64 KB / 256 KB, sent at once     -> 414 at once (linear parsing)
  (b) one header of the same sizes                        -> 431 at once
  (c) N idle connections that never send                  -> GET / still answered, and
      accepted again afterwards (the accept loop must survive EMFILE: try ulimit -n 256, N 400)
  (d) slowloris: header bytes one every few seconds       -> closed (or 408) by the header timeout
  (e) HEAD /                                              -> a status and headers, no body
  (f) malformed requests: GARBAGE, no HTTP version, bad percent-encoding -> 400
  (g) two Host headers (either order)                     -> 400 (RFC 9112 §3.2)

and in every one, the normal client answered within a second. Scenarios that send
bytes (a, b) are each run by two clients at once (--copies): one per core of the
machine the issue was found on. (c) runs last, as it may leave the server unable to
accept. Between scenarios the probe waits for the server to answer again and says how long
that took. Exits 1 if any expectation failed. --quick runs everything in about 30 s
(64 KB only, shorter waits). Python 3 standard library only.
"""
import argparse
import resource
import select
import socket
import statistics
import sys
import threading
import time

LIMIT = 1.0  # seconds: "answers a normal client within a second"


class Reply:
    """What came back on one connection: status line, bytes, how it ended, when."""

    def __init__(self):
        self.status = None
        self.headers = {}
        self.total = 0
        self.body = 0
        self.ended = "open"  # "closed", "reset", "open", "refused"
        self.first_byte = None
        self.elapsed = 0.0

    def code(self):
        parts = (self.status or "").split()
        return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None

    def describe(self):
        if self.ended == "refused":
            return f"no connection ({self.error})"
        status = self.status or "no status"
        when = f"{self.first_byte:.2f} s" if self.first_byte is not None else f"nothing in {self.elapsed:.1f} s"
        return f"'{status}', {self.total} bytes, {self.ended}, {when}"


def exchange(address, payload, wait, quiet=0.5):
    """Sends `payload` (from a thread, so an early answer is read even while sending)
    and reads until the server closes, `wait` runs out, or `quiet` passes after a whole
    response."""
    reply = Reply()
    start = time.monotonic()
    try:
        sock = socket.create_connection(address, timeout=min(wait, 5))
    except OSError as error:
        reply.ended, reply.error, reply.elapsed = "refused", error.strerror or str(error), time.monotonic() - start
        return reply

    def send():
        try:
            sock.sendall(payload)
        except OSError:
            pass

    sender = threading.Thread(target=send, daemon=True)
    sender.start()
    data = b""
    deadline = start + wait
    while True:
        now = time.monotonic()
        complete = whole_response(data)
        limit = min(deadline, now + quiet) if complete else deadline
        if now >= limit:
            break
        sock.settimeout(limit - now)
        try:
            chunk = sock.recv(65536)
        except socket.timeout:
            break
        except OSError:
            reply.ended = "reset"
            break
        if not chunk:
            reply.ended = "closed"
            break
        if reply.first_byte is None:
            reply.first_byte = time.monotonic() - start
        data += chunk
    reply.elapsed = time.monotonic() - start
    sock.close()
    parse(data, reply)
    return reply


def whole_response(data):
    head, found, rest = data.partition(b"\r\n\r\n")
    if not found:
        return False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length" and value.strip().isdigit():
            return len(rest) >= int(value)
    return True


def parse(data, reply):
    reply.total = len(data)
    head, found, rest = data.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    if data:
        reply.status = lines[0].decode("latin-1")[:60]
    if found:
        for line in lines[1:]:
            name, _, value = line.decode("latin-1").partition(":")
            reply.headers[name.strip().lower()] = value.strip()
        reply.body = len(rest)


class NormalClient:
    """GET / on a new connection every 0.2 s, on its own thread, while a scenario runs."""

    def __init__(self, address, host, timeout):
        self.address, self.timeout = address, timeout
        self.request = f"GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode()
        self.latencies = []  # (seconds, "ok" for a whole 200, or how the connection ended)
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *_):
        self.stopped.set()
        self.thread.join()

    def run(self):
        while not self.stopped.is_set():
            reply = exchange(self.address, self.request, self.timeout, quiet=0.05)
            ok = reply.code() == 200 and whole_response_len(reply)
            self.latencies.append((reply.elapsed, "ok" if ok else reply.ended))
            self.stopped.wait(0.2)

    def passed(self):
        return bool(self.latencies) and all(how == "ok" and x <= LIMIT for x, how in self.latencies)

    def describe(self):
        answered = [x for x, how in self.latencies if how == "ok"]
        refused = sum(how == "refused" for _, how in self.latencies)
        unanswered = len(self.latencies) - len(answered) - refused
        stalled = sum(x for x, how in self.latencies if how != "refused" and (how != "ok" or x > LIMIT))
        text = f"{len(self.latencies)} GETs"
        if answered:
            text += f", median {statistics.median(answered) * 1000:.0f} ms, max {max(answered) * 1000:.0f} ms"
        if unanswered:
            text += f", {unanswered} unanswered in {self.timeout:.0f} s"
        if refused:
            text += f", {refused} refused"
        if stalled:
            text += f"; stalled {stalled:.0f} s in all"
        return text


def whole_response_len(reply):
    length = reply.headers.get("content-length")
    return length is None or (length.isdigit() and reply.body >= int(length))


class Probe:
    def __init__(self, args):
        host, _, port = args.target.rpartition(":")
        self.address = (host or "127.0.0.1", int(port))
        self.host = args.target
        self.args = args
        self.results = []  # (scenario, expected, observed, normal, passed)

    def request(self, target="/", method="GET", extra=""):
        return f"{method} {target} HTTP/1.1\r\nHost: {self.host}\r\n{extra}Connection: close\r\n\r\n".encode()

    def settle(self):
        """Waits until GET / is answered within LIMIT again; how long that took, or None."""
        start = time.monotonic()
        while time.monotonic() - start < self.args.recovery:
            reply = exchange(self.address, self.request(), LIMIT, quiet=0.05)
            if reply.code() == 200 and reply.elapsed <= LIMIT:
                return time.monotonic() - start
            time.sleep(0.2)
        return None

    def record(self, scenario, expected, observed, normal, passed):
        passed = passed and normal.passed()
        self.results.append((scenario, expected, observed, normal.describe(), passed))
        print(f"{scenario}\n  expected: {expected}\n  observed: {observed}\n  normal client: {normal.describe()}\n"
              f"  {'ok' if passed else 'FAIL'}\n", flush=True)

    def run(self, letter, scenario):
        waited = self.settle()
        if waited is None:
            self.results.append((f"({letter}) ...", "server answering before the scenario",
                                 f"GET / unanswered for {self.args.recovery:.0f} s", "-", False))
            print(f"({letter}) skipped: the server did not answer GET / for {self.args.recovery:.0f} s\n", flush=True)
            return
        if waited > 0.5:
            print(f"  (server answered again after {waited:.1f} s)\n", flush=True)
        scenario()

    # (a), (b): one long line, sent at once by --copies clients together.
    def long_line(self, letter, kind, size, code):
        if kind == "request line":
            payload = f"GET /{'a' * size} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode()
        else:
            payload = f"GET / HTTP/1.1\r\nHost: {self.host}\r\nX-Long: {'a' * size}\r\n\r\n".encode()
        replies = [None] * self.args.copies
        with NormalClient(self.address, self.host, self.args.normal_timeout) as normal:
            def one(i):
                replies[i] = exchange(self.address, payload, self.args.hostile_wait)
            threads = [threading.Thread(target=one, args=(i,)) for i in range(self.args.copies)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        passed = all(r.code() == code and r.first_byte is not None and r.first_byte <= LIMIT for r in replies)
        observed = "; ".join(r.describe() for r in replies)
        # A quadratic parser goes on burning a core after the client gave up.
        waited = self.settle()
        if waited is None or waited > 0.5:
            observed += "; then GET / " + (f"unanswered for {self.args.recovery:.0f} s more" if waited is None
                                           else f"answered again only {waited:.1f} s later")
        self.record(f"({letter}) {kind} of {size // 1024} KB, x{self.args.copies} at once",
                    f"{code} within {LIMIT:.0f} s", observed, normal, passed)

    # (c): idle connections that never send.
    def idle(self):
        count = self.args.idle
        sockets, failed = [], 0
        with NormalClient(self.address, self.host, self.args.normal_timeout) as normal:
            for _ in range(count):
                try:
                    sockets.append(socket.create_connection(self.address, timeout=2))
                except OSError:
                    failed += 1
            time.sleep(self.args.idle_hold)
        readable, _, _ = select.select(sockets, [], [], 0) if sockets else ([], [], [])
        closed = 0
        for sock in readable:
            try:
                closed += sock.recv(1, socket.MSG_PEEK) == b""
            except OSError:
                closed += 1
        for sock in sockets:
            sock.close()
        time.sleep(1)
        after = exchange(self.address, self.request(), self.args.normal_timeout, quiet=0.05)
        accepting = after.code() == 200 and after.elapsed <= LIMIT
        observed = (f"opened {len(sockets)}/{count} ({failed} failed to connect), {closed} closed by the server "
                    f"within {self.args.idle_hold:.0f} s; after they left: GET / {after.describe()}")
        self.record(f"(c) {count} idle connections", "GET / answered during, and after they leave", observed,
                    normal, accepting)

    # (d): slowloris, a header byte every --slow-interval seconds.
    def slowloris(self):
        count, interval, limit = self.args.slowloris, self.args.slow_interval, self.args.header_timeout
        run_for = limit + interval + 2
        sockets, ended = [], {}
        with NormalClient(self.address, self.host, self.args.normal_timeout) as normal:
            start = time.monotonic()
            for _ in range(count):
                sock = socket.create_connection(self.address, timeout=2)
                sock.sendall(f"GET / HTTP/1.1\r\nHost: {self.host}\r\nX-Slow: ".encode())
                sockets.append(sock)
            next_byte = start + interval
            while time.monotonic() - start < run_for and len(ended) < count:
                open_ = [s for s in sockets if s not in ended]
                readable, _, _ = select.select(open_, [], [], max(0, min(next_byte - time.monotonic(), 0.2)))
                for sock in readable:
                    try:
                        data = sock.recv(4096)
                    except OSError:
                        data = b""
                    ended[sock] = (time.monotonic() - start, data.split(b"\r\n")[0].decode("latin-1"))
                if time.monotonic() >= next_byte:
                    next_byte += interval
                    for sock in open_:
                        if sock not in ended:
                            try:
                                sock.send(b"a")
                            except OSError:
                                ended[sock] = (time.monotonic() - start, "")
        for sock in sockets:
            sock.close()
        times = [t for t, _ in ended.values()]
        statuses = sorted({s for _, s in ended.values() if s})
        observed = f"{len(ended)}/{count} closed by the server"
        if times:
            observed += f" after {min(times):.1f}-{max(times):.1f} s" + (f" ({', '.join(statuses)})" if statuses else "")
        if len(ended) < count:
            observed += f"; {count - len(ended)} still open after {run_for:.0f} s"
        self.record(f"(d) slowloris x{count}, a byte every {interval:.0f} s",
                    f"closed or 408 within {limit:.0f} s (+{interval:.0f} s)", observed, normal, len(ended) == count)

    # (e): HEAD.
    def head(self):
        with NormalClient(self.address, self.host, self.args.normal_timeout) as normal:
            reply = exchange(self.address, self.request(method="HEAD"), 3, quiet=1)
        passed = reply.code() == 200 and reply.body == 0
        observed = f"{reply.describe()}; Content-Length {reply.headers.get('content-length')}, {reply.body} body bytes"
        self.record("(e) HEAD /", "200, headers only, 0 body bytes", observed, normal, passed)

    # (f), (g): requests a server must refuse with 400.
    def bad_request(self, scenario, payload):
        with NormalClient(self.address, self.host, self.args.normal_timeout) as normal:
            reply = exchange(self.address, payload, 3)
        passed = reply.code() == 400 and reply.first_byte is not None and reply.first_byte <= LIMIT
        self.record(scenario, f"400 within {LIMIT:.0f} s", reply.describe(), normal, passed)

    def malformed(self):
        self.bad_request("(f) GARBAGE", b"GARBAGE\r\n\r\n")
        self.bad_request("(f) no HTTP version", f"GET /\r\nHost: {self.host}\r\n\r\n".encode())
        self.bad_request("(f) bad percent-encoding /%zz", self.request("/%zz"))

    def two_hosts(self):
        self.bad_request("(g) two Host: ours, then another",
                         f"GET / HTTP/1.1\r\nHost: {self.host}\r\nHost: evil.example\r\nConnection: close\r\n\r\n".encode())
        self.bad_request("(g) two Host: another, then ours",
                         f"GET / HTTP/1.1\r\nHost: evil.example\r\nHost: {self.host}\r\nConnection: close\r\n\r\n".encode())

    def all(self):
        only = self.args.only
        sizes = [64 * 1024] if self.args.quick else [64 * 1024, 256 * 1024]
        plan = [("e", self.head), ("f", self.malformed), ("g", self.two_hosts)]
        plan += [("a", lambda s=s: self.long_line("a", "request line", s, 414)) for s in sizes]
        plan += [("b", lambda s=s: self.long_line("b", "header", s, 431)) for s in sizes]
        plan += [("d", self.slowloris), ("c", self.idle)]
        for letter, scenario in plan:
            if letter in only:
                self.run(letter, scenario)
        return self.results


def table(results):
    rows = [("scenario", "expected", "observed", "normal client meanwhile", "")]
    rows += [(s, e, o, n, "ok" if p else "FAIL") for s, e, o, n, p in results]
    print("| " + " | ".join(rows[0]) + " |\n|" + "---|" * len(rows[0]))
    for row in rows[1:]:
        print("| " + " | ".join(cell.replace("|", "/") for cell in row) + " |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("target", help="host:port of a running `dossier serve`, e.g. 127.0.0.1:18080")
    parser.add_argument("--quick", action="store_true", help="everything in about 30 s: 64 KB only, shorter waits")
    parser.add_argument("--only", default="abcdefg", help="the scenarios to run, e.g. 'ab'")
    parser.add_argument("--idle", type=int, default=400, help="idle connections in (c)")
    parser.add_argument("--copies", type=int, default=2, help="hostile clients at once in (a) and (b)")
    parser.add_argument("--slowloris", type=int, default=10, help="slow clients in (d)")
    parser.add_argument("--slow-interval", type=float, default=2, help="seconds between a slow client's bytes")
    parser.add_argument("--header-timeout", type=float, default=10, help="the server's expected header timeout")
    args = parser.parse_args()
    args.hostile_wait = 5 if args.quick else 60
    args.normal_timeout = 3 if args.quick else 10
    args.recovery = 8 if args.quick else 120
    args.idle_hold = 3 if args.quick else 8

    # Room for the idle connections on this side.
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = min(hard, max(soft, args.idle + 64)) if hard != resource.RLIM_INFINITY else max(soft, args.idle + 64)
    resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))

    started = time.monotonic()
    results = Probe(args).all()
    print(f"{sum(p for *_, p in results)}/{len(results)} as expected, in {time.monotonic() - started:.0f} s\n")
    table(results)
    sys.exit(0 if all(p for *_, p in results) else 1)


if __name__ == "__main__":
    main()
