#!/usr/bin/env python3
"""A Go-style target for the diagnosis matrix, in Python 3's standard library only.

It serves the social API contract (the project's simulation flows) like a Go service would look from outside:
- zap JSON request lines: {"level":"info","ts":<epoch s float>,"caller":"api/middleware.go:..","msg":"request",
  "method","path","status","latency":<seconds float>},
- Go client_golang metrics: go_* runtime series (go_goroutines, go_memstats_heap_alloc_bytes, ...) and process_*,
  the contract's http_requests_total{method,route,status}, an http_request_duration_seconds histogram with
  exponential buckets (1 ms .. 8.2 s), a database histogram labelled "query" (the reference app says "operation"),
- a thread per connection (Go's goroutine per connection); request CPU work (sha256, which releases the GIL) can
  use more than one core, and plain HTTP requests carrying "Upgrade: h2c" are served, as net/http does.
The go_memstats_* values describe this process's allocations as a Go heap would: a base, a sawtooth of garbage
that a collector frees, and whatever the memory_leak fault retained (kept for real, so resident memory grows too).
With --flavour python it looks like a threaded Python service instead (the matrix's "python-style" target):
- python-json-logger lines: {"asctime":"2026-11-28 17:25:20,123","levelname":"INFO","name":"app.access",
  "message":"GET /api/posts 200","method","path" (with the query string),"status_code","elapsed_ms"},
- prometheus_client's default exposition: python_info, python_gc_* and process_*, no heap series, a "_created"
  sample beside every counter and histogram, its default buckets (5 ms .. 10 s), the database histogram labelled
  "operation" as the contract says,
- request CPU work in pure Python, so every thread waits for the one GIL: the process cannot use much more than one
  core, and its own request timing includes that wait (as a gthread gunicorn worker's does).
Faults: PUT /admin/faults with the reference app's JSON. Usage: server.py --log FILE [--port 0] [--flavour go|python];
prints "listening on http://127.0.0.1:<port>" once ready.
"""
import argparse
import base64
import gc
import hashlib
import json
import os
import platform
import random
import re
import secrets
import socket
import struct
import sys
import threading
import time
import uuid
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

GO_HTTP_BUCKETS = [0.001 * 2 ** i for i in range(14)]
GO_DB_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5]
PYTHON_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0]
CHANNELS = ("chat", "game")


class HttpError(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status = status


# ---------------------------------------------------------------- metrics (client_golang text format)
class Metrics:
    def __init__(self):
        self.lock = threading.Lock()
        self.counters = {}
        self.gauges = {}
        self.histograms = {}
        self.help = {}
        self.gc_cycles = 0
        self.created = {}

    def inc(self, name, labels, by=1.0):
        with self.lock:
            key = (name, tuple(sorted(labels.items())))
            self.counters[key] = self.counters.get(key, 0.0) + by
            self.created.setdefault(key, time.time())

    def add_gauge(self, name, labels, by):
        with self.lock:
            key = (name, tuple(sorted(labels.items())))
            self.gauges[key] = self.gauges.get(key, 0.0) + by

    def observe(self, name, labels, buckets, seconds):
        with self.lock:
            key = (name, tuple(sorted(labels.items())))
            entry = self.histograms.setdefault(key, [buckets, [0] * len(buckets), 0.0, 0])
            self.created.setdefault(key, time.time())
            for i, le in enumerate(buckets):
                if seconds <= le:
                    entry[1][i] += 1
            entry[2] += seconds
            entry[3] += 1

    @staticmethod
    def labels(pairs, extra=()):
        items = list(pairs) + list(extra)
        if not items:
            return ""
        return "{" + ",".join('%s="%s"' % (k, str(v).replace("\\", "\\\\").replace('"', '\\"')) for k, v in items) + "}"

    def go_runtime(self, single, out, leaked_bytes):
        garbage = (int(time.time() * 7) % 10) * 1_500_000
        heap_alloc = 6_000_000 + garbage + leaked_bytes
        self.gc_cycles += 1
        single("go_goroutines", "gauge", threading.active_count() + 4, "Number of goroutines that currently exist.")
        single("go_threads", "gauge", 8, "Number of OS threads created.")
        single("go_info", "gauge", 1, "Information about the Go environment.", [("version", "go1.22.5")])
        single("go_memstats_heap_alloc_bytes", "gauge", heap_alloc,
               "Number of heap bytes allocated and still in use.")
        single("go_memstats_heap_inuse_bytes", "gauge", heap_alloc + 1_000_000, "Number of heap bytes that are in use.")
        single("go_memstats_sys_bytes", "gauge", heap_alloc + 12_000_000, "Number of bytes obtained from system.")
        out.append("# HELP go_gc_duration_seconds A summary of the pause duration of garbage collection cycles.")
        out.append("# TYPE go_gc_duration_seconds summary")
        for q, v in (("0", 2.1e-05), ("0.25", 3.4e-05), ("0.5", 4.2e-05), ("0.75", 6.0e-05), ("1", 0.00031)):
            out.append('go_gc_duration_seconds{quantile="%s"} %s' % (q, v))
        out.append("go_gc_duration_seconds_sum %s" % (self.gc_cycles * 4.5e-05))
        out.append("go_gc_duration_seconds_count %d" % self.gc_cycles)

    def python_runtime(self, single, out):
        major, minor, patch = platform.python_version_tuple()
        single("python_info", "gauge", 1.0, "Python platform information",
               [("implementation", "CPython"), ("major", major), ("minor", minor), ("patchlevel", patch),
                ("version", platform.python_version())])
        for name, key, helptext in (
                ("python_gc_objects_collected_total", "collected", "Objects collected during gc"),
                ("python_gc_objects_uncollectable_total", "uncollectable", "Uncollectable objects found during GC"),
                ("python_gc_collections_total", "collections", "Number of times this generation was collected")):
            out.append("# HELP %s %s" % (name, helptext))
            out.append("# TYPE %s counter" % name)
            for generation, stats in enumerate(gc.get_stats()):
                out.append('%s{generation="%d"} %s' % (name, generation, float(stats[key])))

    def expose(self, leaked_bytes):
        out = []

        def single(name, kind, value, helptext, labels=()):
            out.append("# HELP %s %s" % (name, helptext))
            out.append("# TYPE %s %s" % (name, kind))
            out.append("%s%s %s" % (name, self.labels(labels), repr(float(value)) if isinstance(value, float) else value))

        if FLAVOUR.runtime_series == "go":
            self.go_runtime(single, out, leaked_bytes)
        else:
            self.python_runtime(single, out)
        times = os.times()
        single("process_cpu_seconds_total", "counter", round(times.user + times.system, 3),
               "Total user and system CPU time spent in seconds.")
        single("process_resident_memory_bytes", "gauge", resident_bytes(), "Resident memory size in bytes.")
        single("process_virtual_memory_bytes", "gauge", virtual_bytes(), "Virtual memory size in bytes.")
        single("process_open_fds", "gauge", len(os.listdir("/proc/self/fd")), "Number of open file descriptors.")
        single("process_max_fds", "gauge", os.sysconf("SC_OPEN_MAX"), "Maximum number of open file descriptors.")
        single("process_start_time_seconds", "gauge", START_TIME, "Start time of the process since unix epoch in seconds.")
        with self.lock:
            for store, kind in ((self.counters, "counter"), (self.gauges, "gauge")):
                for name in sorted({k[0] for k in store}):
                    out.append("# HELP %s %s" % (name, HELP.get(name, name)))
                    out.append("# TYPE %s %s" % (name, kind))
                    for (n, labels), value in sorted(store.items()):
                        if n == name:
                            out.append("%s%s %s" % (name, self.labels(labels), repr(value)))
                            if kind == "counter" and FLAVOUR.created_samples:
                                out.append("%s_created%s %s" % (name[:-len("_total")], self.labels(labels),
                                                                 repr(self.created[(n, labels)])))
            for name in sorted({k[0] for k in self.histograms}):
                out.append("# HELP %s %s" % (name, HELP.get(name, name)))
                out.append("# TYPE %s histogram" % name)
                for (n, labels), (buckets, counts, total, count) in sorted(self.histograms.items()):
                    if n != name:
                        continue
                    cumulative = 0
                    for le, c in zip(buckets, counts):
                        cumulative = c
                        out.append("%s_bucket%s %d" % (name, self.labels(labels, [("le", repr(le))]), cumulative))
                    out.append("%s_bucket%s %d" % (name, self.labels(labels, [("le", "+Inf")]), count))
                    out.append("%s_sum%s %s" % (name, self.labels(labels), repr(total)))
                    out.append("%s_count%s %d" % (name, self.labels(labels), count))
                    if FLAVOUR.created_samples:
                        out.append("%s_created%s %s" % (name, self.labels(labels), repr(self.created[(n, labels)])))
        return "\n".join(out) + "\n"


HELP = {
    "http_requests_total": "How many HTTP requests processed, partitioned by method, route and status.",
    "http_request_duration_seconds": "The HTTP request latencies in seconds.",
    "sanctum_database_query_latency_seconds": "Database query latency by query.",
    "sanctum_active_websockets": "Open WebSocket sessions by channel.",
    "sanctum_websocket_connections_total": "WebSocket connection attempts by channel and outcome.",
    "sanctum_websocket_backpressure_drops_total": "Outbound frames dropped because the consumer was too slow.",
    "sanctum_message_throughput_total": "Messages accepted by channel.",
}
START_TIME = int(time.time())
PAGE = os.sysconf("SC_PAGE_SIZE")


def resident_bytes():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE


def virtual_bytes():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[0]) * PAGE


# ---------------------------------------------------------------- faults (the reference app's PUT /admin/faults)
class Faults:
    def __init__(self):
        self.lock = threading.Lock()
        self.leaked = []
        self.leaked_bytes = 0
        self.replace({})

    def replace(self, raw):
        def part(name):
            value = raw.get(name)
            return value if isinstance(value, dict) else {}

        def num(name, field, default):
            value = part(name).get(field)
            return default if value is None else value

        def strings(name, field):
            value = part(name).get(field)
            return [str(v) for v in value] if isinstance(value, list) else []

        s = {
            "latency": {"millis": num("latency", "millis", 0), "routes": strings("latency", "routes")},
            "errors": {"share": num("errors", "share", 0.0), "status": num("errors", "status", 500),
                       "routes": strings("errors", "routes"), "from_s": num("errors", "from_s", 0),
                       "until_s": num("errors", "until_s", 0)},
            "slow_database": {"millis": num("slow_database", "millis", 0),
                              "operations": strings("slow_database", "operations")},
            "websocket_drops": {"share": num("websocket_drops", "share", 0.0),
                                "channels": strings("websocket_drops", "channels")},
            "database_unavailable": raw.get("database_unavailable") is True,
            "memory_leak": {"kib_per_request": num("memory_leak", "kib_per_request", 0)},
            "cpu_burn": {"millis_per_request": num("cpu_burn", "millis_per_request", 0)},
            "rate_limit": {"requests": num("rate_limit", "requests", 0), "window_s": num("rate_limit", "window_s", 60)},
        }
        problems = []
        for field, value, low, high in (
                ("latency.millis", s["latency"]["millis"], 0, 60000),
                ("slow_database.millis", s["slow_database"]["millis"], 0, 60000),
                ("errors.share", s["errors"]["share"], 0, 1), ("errors.status", s["errors"]["status"], 500, 599),
                ("errors.from_s", s["errors"]["from_s"], 0, 86400), ("errors.until_s", s["errors"]["until_s"], 0, 86400),
                ("websocket_drops.share", s["websocket_drops"]["share"], 0, 1),
                ("memory_leak.kib_per_request", s["memory_leak"]["kib_per_request"], 0, 65536),
                ("cpu_burn.millis_per_request", s["cpu_burn"]["millis_per_request"], 0, 10000),
                ("rate_limit.requests", s["rate_limit"]["requests"], 0, 1000000),
                ("rate_limit.window_s", s["rate_limit"]["window_s"], 1, 3600)):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
                problems.append("%s: expected %s-%s, got %s" % (field, low, high, json.dumps(value)))
        for channel in s["websocket_drops"]["channels"]:
            if channel not in CHANNELS:
                problems.append("websocket_drops.channels: expected chat or game, got '%s'" % channel)
        if not problems:
            with self.lock:
                self.settings = s
                self.applied_at = time.monotonic()
                self.buckets = {}
        return problems

    @staticmethod
    def selects(routes, path):
        if not routes:
            return path.startswith("/api/")
        return any(re.fullmatch(re.sub(r"\{[^}]+\}", "[^/]+", r), path) for r in routes)

    def before_handler(self, path):
        """Latency, CPU burn and leak before a handler runs; returns the status to inject, or 0."""
        s = self.settings
        if s["latency"]["millis"] > 0 and self.selects(s["latency"]["routes"], path):
            time.sleep(s["latency"]["millis"] / 1000)
        if s["cpu_burn"]["millis_per_request"] > 0 and path.startswith("/api/"):
            FLAVOUR.burn(s["cpu_burn"]["millis_per_request"] / 1000)
        if s["memory_leak"]["kib_per_request"] > 0 and path.startswith("/api/"):
            block = b"L" * int(s["memory_leak"]["kib_per_request"] * 1024)
            with self.lock:
                self.leaked.append(block)
                self.leaked_bytes += len(block)
        errors = s["errors"]
        since = time.monotonic() - self.applied_at
        in_window = since >= errors["from_s"] and (errors["until_s"] == 0 or since < errors["until_s"])
        if errors["share"] > 0 and in_window and self.selects(errors["routes"], path) and roll(errors["share"]):
            return int(errors["status"])
        return 0

    def database_delay(self, operation):
        slow = self.settings["slow_database"]
        return slow["millis"] if slow["millis"] > 0 and (not slow["operations"] or operation in slow["operations"]) else 0

    def drop_frame(self, channel):
        drops = self.settings["websocket_drops"]
        return drops["share"] > 0 and (not drops["channels"] or channel in drops["channels"]) and roll(drops["share"])

    def rate_limited(self, user_id):
        """0 when the user may proceed, else the Retry-After seconds (token bucket per user, greedy refill)."""
        limit = self.settings["rate_limit"]
        if limit["requests"] <= 0:
            return 0
        rate = limit["requests"] / limit["window_s"]
        with self.lock:
            now = time.monotonic()
            tokens, at = self.buckets.get(user_id, (limit["requests"], now))
            tokens = min(limit["requests"], tokens + (now - at) * rate)
            if tokens >= 1:
                self.buckets[user_id] = (tokens - 1, now)
                return 0
            self.buckets[user_id] = (tokens, now)
            return max(1, int((1 - tokens) / rate + 0.999))


def roll(share):
    return share >= 1 or random.random() < share


def burn_cpu_in_parallel(seconds):
    """Spends this much CPU time of the calling thread; sha256 over 64 KiB releases the GIL, so threads run in parallel."""
    block = b"\x5a" * 65536
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        hashlib.sha256(block).digest()


def burn_cpu_holding_the_gil(seconds):
    """Spends this much CPU time of the calling thread in Python bytecode: threads take turns on the one GIL."""
    end = time.thread_time() + seconds
    x = 0
    while time.thread_time() < end:
        for i in range(2000):
            x += i * i
    return x


# ---------------------------------------------------------------- the in-memory store
class Store:
    def __init__(self, faults, metrics):
        self.lock = threading.RLock()
        self.faults = faults
        self.metrics = metrics
        self.users, self.by_email, self.tokens, self.tickets = [], {}, {}, {}
        self.posts, self.notifications, self.friend_requests = [], [], []
        self.conversations, self.messages, self.rooms, self.likes = [], [], [], set()

    def query(self, operation, work):
        start = time.perf_counter()
        try:
            if self.faults.settings["database_unavailable"]:
                raise HttpError(503, "database unavailable")
            delay = self.faults.database_delay(operation)
            if delay:
                time.sleep(delay / 1000)
            with self.lock:
                return work()
        finally:
            self.metrics.observe("sanctum_database_query_latency_seconds", {FLAVOUR.db_label: operation},
                                 FLAVOUR.db_buckets,
                                 time.perf_counter() - start)


def now_iso():
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def text_field(body, field, limit=5000):
    value = body.get(field)
    if not isinstance(value, str) or not value or len(value) > limit:
        raise HttpError(400, "%s: expected a non-empty string of at most %d characters" % (field, limit))
    return value


def public_user(user):
    return {"id": user["id"], "username": user["username"], "email": user["email"]}


def password_hash(password, salt):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 1000).hex()


class Api:
    """The contract's routes: (method, template) -> handler(ctx) returning (status, payload)."""

    def __init__(self, store, metrics):
        self.db = store
        self.metrics = metrics
        self.routes = []
        for method, template, handler, public in (
                ("POST", "/api/auth/signup", self.signup, True), ("POST", "/api/auth/login", self.login, True),
                ("GET", "/api/users/me", self.me, False), ("POST", "/api/ws/ticket", self.ticket, False),
                ("GET", "/api/posts", self.list_posts, False), ("POST", "/api/posts", self.create_post, False),
                ("POST", "/api/posts/{id}/like", self.like, False), ("DELETE", "/api/posts/{id}/like", self.unlike, False),
                ("POST", "/api/posts/{id}/comments", self.comment, False),
                ("GET", "/api/notifications", self.list_notifications, False),
                ("POST", "/api/friends/requests/{userId}", self.friend_request, False),
                ("GET", "/api/friends/requests", self.received_requests, False),
                ("GET", "/api/friends/requests/sent", self.sent_requests, False),
                ("POST", "/api/friends/requests/{id}/accept", self.accept, False),
                ("GET", "/api/friends/status/{userId}", self.friend_status, False),
                ("GET", "/api/friends", self.friends, False),
                ("POST", "/api/conversations", self.open_conversation, False),
                ("GET", "/api/conversations", self.list_conversations, False),
                ("POST", "/api/conversations/{id}/messages", self.send_message, False),
                ("GET", "/api/conversations/{id}/messages", self.list_messages, False),
                ("POST", "/api/conversations/{id}/read", self.mark_read, False),
                ("POST", "/api/games/rooms", self.create_room, False), ("GET", "/api/games/rooms/{id}", self.room, False),
                ("GET", "/health/live", lambda ctx: (200, {"status": "up"}), True),
                ("GET", "/health/ready", self.ready, True)):
            pattern = re.compile("^" + re.sub(r"\{[^}]+\}", r"(\\d+)", template) + "$")
            self.routes.append((method, template, pattern, handler, public))

    def match(self, method, path):
        for m, template, pattern, handler, public in self.routes:
            found = pattern.match(path)
            if m == method and found:
                return template, [int(g) for g in found.groups()], handler, public
        return None

    # --- auth
    def issue_token(self, user):
        token = secrets.token_hex(24)
        self.db.query("token_insert", lambda: self.db.tokens.__setitem__(token, user["id"]))
        return token

    def signup(self, ctx):
        username, email = text_field(ctx.body, "username", 50), text_field(ctx.body, "email", 200)
        password = text_field(ctx.body, "password", 200)
        if self.db.query("user_taken", lambda: email in self.db.by_email
                         or any(u["username"] == username for u in self.db.users)):
            raise HttpError(409, "username or email already taken")
        salt = os.urandom(8)

        def insert():
            user = {"id": len(self.db.users) + 1, "username": username, "email": email, "salt": salt,
                    "hash": password_hash(password, salt)}
            self.db.users.append(user)
            self.db.by_email[email] = user
            return user
        user = self.db.query("user_insert", insert)
        return 201, {"token": self.issue_token(user), "user": public_user(user)}

    def login(self, ctx):
        email, password = text_field(ctx.body, "email", 200), text_field(ctx.body, "password", 200)
        user = self.db.query("user_by_email", lambda: self.db.by_email.get(email))
        if user is None or user["hash"] != password_hash(password, user["salt"]):
            raise HttpError(401, "bad credentials")
        return 200, {"token": self.issue_token(user), "user": public_user(user)}

    def user(self, user_id):
        user = self.db.query("user_by_id", lambda: self.db.users[user_id - 1] if 0 < user_id <= len(self.db.users) else None)
        if user is None:
            raise HttpError(404, "no such user")
        return user

    def me(self, ctx):
        return 200, public_user(self.user(ctx.user_id))

    def ticket(self, ctx):
        ticket = secrets.token_hex(16)
        with self.db.lock:
            self.db.tickets[ticket] = (ctx.user_id, time.monotonic() + 30)
        return 200, {"ticket": ticket, "ttl_seconds": 30}

    def ready(self, ctx):
        return 200, self.db.query("health_check", lambda: {"status": "ready"})

    # --- posts
    @staticmethod
    def limit(ctx, high):
        raw = ctx.query.get("limit", ["20"])[0]
        if not raw.isdigit() or not 1 <= int(raw) <= high:
            raise HttpError(400, "limit: expected an integer between 1 and %d" % high)
        return int(raw)

    def list_posts(self, ctx):
        n = self.limit(ctx, 100)
        return 200, self.db.query("post_list", lambda: list(reversed(self.db.posts[-n:])))

    def create_post(self, ctx):
        title, content = text_field(ctx.body, "title", 200), text_field(ctx.body, "content")

        def insert():
            post = {"id": len(self.db.posts) + 1, "author_id": ctx.user_id, "title": title, "content": content,
                    "post_type": "text", "like_count": 0, "comment_count": 0, "created_at": now_iso()}
            self.db.posts.append(post)
            return post
        return 201, dict(self.db.query("post_insert", insert))

    def post(self, post_id):
        post = self.db.query("post_by_id", lambda: self.db.posts[post_id - 1] if 0 < post_id <= len(self.db.posts) else None)
        if post is None:
            raise HttpError(404, "no such post")
        return post

    def notify(self, user_id, kind, **fields):
        self.db.notifications.append(dict(id=len(self.db.notifications) + 1, user_id=user_id, type=kind,
                                          created_at=now_iso(), **fields))

    def like(self, ctx):
        post = self.post(ctx.params[0])

        def like():
            key = (post["id"], ctx.user_id)
            if key in self.db.likes:
                return False
            self.db.likes.add(key)
            post["like_count"] += 1
            self.notify(post["author_id"], "like", post_id=post["id"], actor_id=ctx.user_id)
            return True
        return (201 if self.db.query("post_like", like) else 200), {"post_id": post["id"], "liked": True}

    def unlike(self, ctx):
        post = self.post(ctx.params[0])

        def unlike():
            key = (post["id"], ctx.user_id)
            if key not in self.db.likes:
                return False
            self.db.likes.discard(key)
            post["like_count"] -= 1
            return True
        if not self.db.query("post_unlike", unlike):
            raise HttpError(404, "not liked")
        return 204, None

    def comment(self, ctx):
        post = self.post(ctx.params[0])
        content = text_field(ctx.body, "content")

        def insert():
            post["comment_count"] += 1
            self.notify(post["author_id"], "comment", post_id=post["id"], actor_id=ctx.user_id)
            return {"id": post["comment_count"], "post_id": post["id"], "author_id": ctx.user_id, "content": content,
                    "created_at": now_iso()}
        return 201, self.db.query("comment_insert", insert)

    def list_notifications(self, ctx):
        n = self.limit(ctx, 100)
        return 200, self.db.query("notification_list", lambda: list(reversed(
            [x for x in self.db.notifications if x["user_id"] == ctx.user_id][-n:])))

    # --- friends
    def between(self, a, b):
        return next((r for r in self.db.friend_requests if {r["requester_id"], r["addressee_id"]} == {a, b}), None)

    def friend_request(self, ctx):
        other = self.user(ctx.params[0])
        if other["id"] == ctx.user_id:
            raise HttpError(400, "userId: cannot befriend yourself")

        def insert():
            if self.between(ctx.user_id, other["id"]):
                return None
            request = {"id": len(self.db.friend_requests) + 1, "requester_id": ctx.user_id,
                       "addressee_id": other["id"], "status": "pending", "created_at": now_iso()}
            self.db.friend_requests.append(request)
            self.notify(other["id"], "friend_request", actor_id=ctx.user_id)
            return request
        request = self.db.query("friend_request_insert", insert)
        if request is None:
            raise HttpError(409, "already pending or friends")
        return 201, dict(request)

    def received_requests(self, ctx):
        return 200, self.db.query("friend_request_received", lambda: [dict(r) for r in self.db.friend_requests
                                  if r["addressee_id"] == ctx.user_id and r["status"] == "pending"])

    def sent_requests(self, ctx):
        return 200, self.db.query("friend_request_sent", lambda: [dict(r) for r in self.db.friend_requests
                                  if r["requester_id"] == ctx.user_id])

    def accept(self, ctx):
        request_id = ctx.params[0]
        request = self.db.query("friend_request_by_id", lambda: self.db.friend_requests[request_id - 1]
                                if 0 < request_id <= len(self.db.friend_requests) else None)
        if request is None:
            raise HttpError(404, "no such friend request")
        if request["addressee_id"] != ctx.user_id:
            raise HttpError(403, "only the addressee may accept")
        if request["status"] == "accepted":
            raise HttpError(409, "already accepted")
        self.db.query("friend_request_accept", lambda: request.__setitem__("status", "accepted"))
        return 200, dict(request)

    def friend_status(self, ctx):
        other = self.user(ctx.params[0])
        request = self.db.query("friend_status", lambda: self.between(ctx.user_id, other["id"]))
        return 200, {"status": "none" if request is None else "friends" if request["status"] == "accepted" else "pending"}

    def friends(self, ctx):
        def list_friends():
            ids = [r["addressee_id"] if r["requester_id"] == ctx.user_id else r["requester_id"]
                   for r in self.db.friend_requests
                   if r["status"] == "accepted" and ctx.user_id in (r["requester_id"], r["addressee_id"])]
            return [public_user(self.db.users[i - 1]) for i in ids]
        return 200, self.db.query("friend_list", list_friends)

    # --- conversations
    def conversation_view(self, c, user_id):
        return {"id": c["id"], "is_group": False,
                "participants": [{"id": i, "username": self.db.users[i - 1]["username"]} for i in c["participants"]],
                "unread_count": sum(1 for m in self.db.messages if m["conversation_id"] == c["id"]
                                    and m["sender_id"] != user_id and m["id"] > c["read_up_to"].get(user_id, 0)),
                "last_message_at": c["last_message_at"]}

    def open_conversation(self, ctx):
        ids = ctx.body.get("participant_ids")
        if ctx.body.get("is_group") is not False or not isinstance(ids, list) or len(ids) != 1 \
                or not isinstance(ids[0], int) or isinstance(ids[0], bool):
            raise HttpError(400, 'expected {"is_group": false, "participant_ids": [<user id>]}')
        other = self.user(ids[0])

        def open_or_reuse():
            pair = sorted({ctx.user_id, other["id"]})
            for c in self.db.conversations:
                if sorted(c["participants"]) == pair:
                    return 200, self.conversation_view(c, ctx.user_id)
            c = {"id": len(self.db.conversations) + 1, "participants": pair, "read_up_to": {}, "last_message_at": None}
            self.db.conversations.append(c)
            return 201, self.conversation_view(c, ctx.user_id)
        return self.db.query("conversation_open", open_or_reuse)

    def list_conversations(self, ctx):
        return 200, self.db.query("conversation_list", lambda: [self.conversation_view(c, ctx.user_id)
                                  for c in self.db.conversations if ctx.user_id in c["participants"]])

    def conversation_for(self, conversation_id, user_id):
        c = self.db.query("conversation_participants", lambda: self.db.conversations[conversation_id - 1]
                          if 0 < conversation_id <= len(self.db.conversations) else None)
        if c is None:
            raise HttpError(404, "no such conversation")
        if user_id not in c["participants"]:
            raise HttpError(403, "not a participant")
        return c

    def add_message(self, c, sender_id, content, client_msg_id=None):
        def insert():
            message = {"id": len(self.db.messages) + 1, "conversation_id": c["id"], "sender_id": sender_id,
                       "content": content, "message_type": "text", "created_at": now_iso()}
            if client_msg_id is not None:
                message["client_msg_id"] = client_msg_id
            self.db.messages.append(message)
            c["last_message_at"] = message["created_at"]
            return message
        return self.db.query("message_insert", insert)

    def send_message(self, ctx):
        c = self.conversation_for(ctx.params[0], ctx.user_id)
        message = self.add_message(c, ctx.user_id, text_field(ctx.body, "content"))
        self.metrics.inc("sanctum_message_throughput_total", {"channel": "dm"})
        return 201, message

    def list_messages(self, ctx):
        c = self.conversation_for(ctx.params[0], ctx.user_id)
        n = self.limit(ctx, 200)
        return 200, self.db.query("message_list", lambda: list(reversed(
            [m for m in self.db.messages if m["conversation_id"] == c["id"]][-n:])))

    def mark_read(self, ctx):
        c = self.conversation_for(ctx.params[0], ctx.user_id)
        self.db.query("conversation_read", lambda: c["read_up_to"].__setitem__(ctx.user_id, len(self.db.messages)))
        return 200, {"conversation_id": c["id"], "read": True}

    # --- games
    @staticmethod
    def room_view(room):
        return {k: room[k] for k in ("id", "type", "creator_id", "opponent_id", "status")}

    def create_room(self, ctx):
        if ctx.body.get("type") != "othello":
            raise HttpError(400, 'type: expected "othello"')

        def insert():
            board = [[0] * 8 for _ in range(8)]
            board[3][3] = board[4][4] = 2
            board[3][4] = board[4][3] = 1
            room = {"id": len(self.db.rooms) + 1, "type": "othello", "creator_id": ctx.user_id, "opponent_id": None,
                    "status": "waiting", "board": board, "turn": 1, "sockets": set()}
            self.db.rooms.append(room)
            return room
        return 201, self.room_view(self.db.query("game_room_insert", insert))

    def room(self, ctx):
        room_id = ctx.params[0]
        room = self.db.query("game_room_by_id", lambda: self.db.rooms[room_id - 1] if 0 < room_id <= len(self.db.rooms) else None)
        if room is None:
            raise HttpError(404, "no such room")
        return 200, self.room_view(room)


class Ctx:
    def __init__(self, query, params, body, user_id):
        self.query, self.params, self.body, self.user_id = query, params, body, user_id


# ---------------------------------------------------------------- WebSocket (RFC 6455, text frames)
WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


class Peer:
    def __init__(self, handler, user_id, channel, room):
        self.handler, self.user_id, self.channel, self.room = handler, user_id, channel, room
        self.write_lock = threading.Lock()
        self.joined = set()
        self.open = True

    def send_text(self, text):
        payload = text.encode()
        n = len(payload)
        header = bytes([0x81, n]) if n < 126 else bytes([0x81, 126]) + struct.pack(">H", n) if n < 65536 \
            else bytes([0x81, 127]) + struct.pack(">Q", n)
        with self.write_lock:
            if self.open:
                try:
                    self.handler.wfile.write(header + payload)
                    self.handler.wfile.flush()
                except OSError:
                    self.open = False


def read_frame(rfile):
    head = rfile.read(2)
    if len(head) < 2:
        return None, None
    opcode, length = head[0] & 0x0F, head[1] & 0x7F
    if length == 126:
        length = struct.unpack(">H", rfile.read(2))[0]
    elif length == 127:
        length = struct.unpack(">Q", rfile.read(8))[0]
    mask = rfile.read(4) if head[1] & 0x80 else b"\0\0\0\0"
    data = bytearray(rfile.read(length))
    for i in range(len(data)):
        data[i] ^= mask[i % 4]
    return opcode, bytes(data)


class Realtime:
    """Chat and game frames: deliveries go through the websocket_drops fault, counted as backpressure drops."""

    def __init__(self, store, api, faults, metrics):
        self.db, self.api, self.faults, self.metrics = store, api, faults, metrics
        self.chat_peers = set()
        self.lock = threading.Lock()

    def deliver(self, peer, frame):
        if self.faults.drop_frame(peer.channel):
            self.metrics.inc("sanctum_websocket_backpressure_drops_total", {"channel": peer.channel})
            return
        peer.send_text(json.dumps(frame))

    def on_text(self, peer, text):
        try:
            frame = json.loads(text)
        except ValueError:
            return self.deliver(peer, {"type": "error", "error": "malformed JSON frame"})
        if not isinstance(frame, dict):
            return self.deliver(peer, {"type": "error", "error": "expected a JSON object"})
        return self.chat(peer, frame) if peer.channel == "chat" else self.game(peer, frame)

    def chat(self, peer, frame):
        cid = frame.get("conversation_id")
        with self.db.lock:
            c = self.db.conversations[cid - 1] if isinstance(cid, int) and 0 < cid <= len(self.db.conversations) else None
        if c is None or peer.user_id not in c["participants"]:
            return self.deliver(peer, {"type": "error", "error": "not a participant of that conversation"})
        if frame.get("type") == "join":
            peer.joined.add(c["id"])
            with self.lock:
                self.chat_peers.add(peer)
            return self.deliver(peer, {"type": "joined", "conversation_id": c["id"]})
        with self.lock:
            others = [p for p in self.chat_peers if c["id"] in p.joined]
        if frame.get("type") == "message" and isinstance(frame.get("content"), str):
            try:
                message = self.api.add_message(c, peer.user_id, frame["content"], frame.get("client_msg_id"))
            except HttpError as e:
                return self.deliver(peer, {"type": "error", "error": str(e)})
            self.metrics.inc("sanctum_message_throughput_total", {"channel": "chat"})
            for p in others:
                self.deliver(p, {"type": "message", "conversation_id": c["id"], "id": message["id"],
                                 "sender_id": peer.user_id, "content": message["content"],
                                 "client_msg_id": frame.get("client_msg_id"), "created_at": message["created_at"]})
            return None
        if frame.get("type") == "read":
            c["read_up_to"][peer.user_id] = len(self.db.messages)
            for p in others:
                self.deliver(p, {"type": "read", "conversation_id": c["id"], "user_id": peer.user_id})
            return None
        return self.deliver(peer, {"type": "error", "error": "unknown frame type"})

    def game(self, peer, frame):
        room = peer.room
        payload = frame.get("payload") if isinstance(frame.get("payload"), dict) else {}
        kind = frame.get("type")
        with self.db.lock:
            if kind == "join_room":
                if peer.user_id != room["creator_id"] and room["opponent_id"] not in (None, peer.user_id):
                    return self.deliver(peer, {"type": "error", "error": "room full"})
                room["sockets"].add(peer)
                if peer.user_id != room["creator_id"] and room["opponent_id"] is None:
                    room["opponent_id"], room["status"] = peer.user_id, "playing"
                    targets, out = list(room["sockets"]), {"type": "game_started", "payload": self.state(room)}
                else:
                    targets, out = [peer], {"type": "game_state", "payload": self.state(room)}
            elif kind == "chat":
                self.metrics.inc("sanctum_message_throughput_total", {"channel": "game"})
                targets = list(room["sockets"])
                out = {"type": "chat", "user_id": peer.user_id, "payload": {"content": payload.get("content")}}
            elif kind == "make_move":
                color = 1 if peer.user_id == room["creator_id"] else 2
                row, column = payload.get("row"), payload.get("column")
                flips = othello_flips(room["board"], row, column, color) \
                    if room["status"] == "playing" and room["turn"] == color else []
                if not flips:
                    return self.deliver(peer, {"type": "error",
                                               "error": "not your turn" if room["turn"] != color else "illegal move"})
                for r, c in [(row, column)] + flips:
                    room["board"][r][c] = color
                room["turn"] = 3 - color
                targets = list(room["sockets"])
                out = {"type": "move_made", "payload": {"row": row, "column": column, "player_id": peer.user_id,
                                                        "state": self.state(room)}}
            else:
                targets, out = [peer], {"type": "error", "error": "unknown frame type"}
        for p in targets:
            self.deliver(p, out)
        return None

    @staticmethod
    def state(room):
        return {"room_id": room["id"], "status": room["status"], "board": room["board"],
                "turn": room["creator_id"] if room["turn"] == 1 else room["opponent_id"]}

    def closed(self, peer):
        with self.lock:
            self.chat_peers.discard(peer)
        if peer.room is not None:
            with self.db.lock:
                peer.room["sockets"].discard(peer)


def othello_flips(board, row, column, color):
    if not all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 8 for v in (row, column)) \
            or board[row][column] != 0:
        return []
    flips = []
    for dr, dc in ((-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)):
        line, r, c = [], row + dr, column + dc
        while 0 <= r < 8 and 0 <= c < 8 and board[r][c] == 3 - color:
            line.append((r, c))
            r, c = r + dr, c + dc
        if line and 0 <= r < 8 and 0 <= c < 8 and board[r][c] == color:
            flips.extend(line)
    return flips


# ---------------------------------------------------------------- HTTP
class ZapLog:
    def __init__(self, path):
        self.file = open(path, "a", encoding="utf-8")
        self.lock = threading.Lock()

    def write(self, level, caller, msg, **fields):
        line = json.dumps(dict(level=level, ts=time.time(), caller=caller, msg=msg, **fields), separators=(",", ":"))
        with self.lock:
            self.file.write(line + "\n")
            self.file.flush()

    def request(self, method, target, path, status, seconds, request_id):
        self.write("error" if status >= 500 else "info", "api/middleware.go:57", "request", method=method,
                   path=path, status=status, latency=round(seconds, 6), request_id=request_id)


class PythonJsonLog(ZapLog):
    """python-json-logger's JsonFormatter with "%(asctime)s %(levelname)s %(name)s %(message)s"."""
    LEVELS = {"info": "INFO", "warn": "WARNING", "error": "ERROR"}

    def write(self, level, caller, msg, **fields):
        now = time.time()
        asctime = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(now)) + ",%03d" % (int(now * 1000) % 1000)
        logger = "app." + caller.split("/")[0]
        line = json.dumps(dict(asctime=asctime, levelname=self.LEVELS[level], name=logger, message=msg, **fields))
        with self.lock:
            self.file.write(line + "\n")
            self.file.flush()

    def request(self, method, target, path, status, seconds, request_id):
        self.write("error" if status >= 500 else "info", "access/", "%s %s %d" % (method, target, status),
                   method=method, path=target, status_code=status, elapsed_ms=round(seconds * 1000, 3),
                   request_id=request_id)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "go-style-fake"

    def log_message(self, *args):
        pass  # zap lines are the log

    def do_GET(self):
        self.serve()

    def do_POST(self):
        self.serve()

    def do_PUT(self):
        self.serve()

    def do_DELETE(self):
        self.serve()

    def serve(self):
        app = self.server.app
        started = time.perf_counter()
        request_id = self.headers.get("X-Request-Id") or str(uuid.uuid4())
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        extra_headers = {"X-Request-Id": request_id}
        route = "unmatched"
        try:
            if url.path in ("/api/ws/chat", "/api/ws/game") and self.headers.get("Upgrade", "").lower() == "websocket":
                return self.websocket(url)
            if url.path == "/metrics" and self.command == "GET":
                return self.answer(200, app.metrics.expose(app.faults.leaked_bytes), extra_headers, text=True)
            if url.path == "/admin/faults":
                route = "/admin/faults"
                status, payload = self.admin_faults(raw)
            else:
                matched = app.api.match(self.command, url.path)
                if matched is None:
                    raise HttpError(404, "no such route")
                route, params, handler, public = matched
                user_id = None
                if not public:
                    header = self.headers.get("Authorization", "")
                    with app.store.lock:
                        user_id = app.store.tokens.get(header[7:].strip()) if header.startswith("Bearer ") else None
                    if user_id is None:
                        raise HttpError(401, "missing or invalid bearer token")
                    retry = app.faults.rate_limited(user_id)
                    if retry:
                        extra_headers["Retry-After"] = str(retry)
                        raise HttpError(429, "rate limit exceeded, retry after %d s" % retry)
                body = {}
                if raw:
                    try:
                        body = json.loads(raw)
                    except ValueError:
                        raise HttpError(400, "malformed JSON body") from None
                    if not isinstance(body, dict):
                        raise HttpError(400, "expected a JSON object")
                injected = app.faults.before_handler(url.path)
                if injected:
                    raise HttpError(injected, "injected fault")
                status, payload = handler(Ctx(parse_qs(url.query), params, body, user_id))
        except HttpError as e:
            status, payload = e.status, {"error": str(e)}
        except Exception as e:  # a bug in the fake: answered 500 and logged, as a Go handler's recover would
            status, payload = 500, {"error": "internal error"}
            app.log.write("error", "api/recover.go:21", "panic recovered", error=repr(e))
        self.answer(status, payload, extra_headers)
        seconds = time.perf_counter() - started
        app.metrics.inc("http_requests_total", {"method": self.command, "route": route, "status": str(status)})
        app.metrics.observe("http_request_duration_seconds", {"method": self.command, "route": route},
                            FLAVOUR.http_buckets, seconds)
        app.log.request(self.command, self.path, url.path, status, seconds, request_id)
        return None

    def answer(self, status, payload, headers, text=False):
        data = b"" if payload is None else payload.encode() if text else json.dumps(payload).encode()
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if payload is not None:
            self.send_header("Content-Type", "text/plain; version=0.0.4; charset=utf-8" if text else "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def admin_faults(self, raw):
        faults = self.server.app.faults
        if self.command == "GET":
            return 200, faults.settings
        if self.command != "PUT":
            raise HttpError(405, "GET or PUT")
        try:
            settings = json.loads(raw or b"{}")
        except ValueError:
            raise HttpError(400, "malformed JSON body") from None
        if not isinstance(settings, dict):
            raise HttpError(400, "expected a JSON object")
        problems = faults.replace(settings)
        if problems:
            raise HttpError(400, "; ".join(problems))
        self.server.app.log.write("warn", "admin/faults.go:40", "fault settings replaced", faults=settings)
        return 200, faults.settings

    def websocket(self, url):
        app = self.server.app
        channel = "chat" if url.path.endswith("/chat") else "game"
        query = parse_qs(url.query)
        ticket_id = query.get("ticket", [""])[0]
        with app.store.lock:
            ticket = app.store.tickets.pop(ticket_id, None)
            room_id = query.get("room_id", ["0"])[0]
            room = None
            if channel == "game" and room_id.isdigit() and 0 < int(room_id) <= len(app.store.rooms):
                room = app.store.rooms[int(room_id) - 1]
        if ticket is None or ticket[1] < time.monotonic() or (channel == "game" and room is None):
            app.metrics.inc("sanctum_websocket_connections_total", {"channel": channel, "outcome": "rejected"})
            self.close_connection = True
            return self.answer(401, {"error": "invalid, used or expired ticket"}, {})
        accept = base64.b64encode(hashlib.sha1((self.headers["Sec-WebSocket-Key"] + WS_GUID).encode()).digest())
        self.send_response(101)
        self.send_header("Upgrade", "websocket")
        self.send_header("Connection", "Upgrade")
        self.send_header("Sec-WebSocket-Accept", accept.decode())
        self.end_headers()
        self.wfile.flush()
        self.close_connection = True
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        app.metrics.inc("sanctum_websocket_connections_total", {"channel": channel, "outcome": "accepted"})
        app.metrics.add_gauge("sanctum_active_websockets", {"channel": channel}, 1)
        peer = Peer(self, ticket[0], channel, room)
        fragments = []
        try:
            while True:
                opcode, data = read_frame(self.rfile)
                if opcode is None or opcode == 0x8:
                    with peer.write_lock:
                        if peer.open:
                            self.wfile.write(bytes([0x88, 2]) + (data[:2] if data and len(data) >= 2 else b"\x03\xe8"))
                            peer.open = False
                    break
                if opcode == 0x9:
                    with peer.write_lock:
                        self.wfile.write(bytes([0x8A, len(data)]) + data)
                elif opcode in (0x0, 0x1):
                    fragments.append(data)
                    app.realtime.on_text(peer, b"".join(fragments).decode())
                    fragments = []
        except OSError:
            pass
        finally:
            peer.open = False
            app.realtime.closed(peer)
            app.metrics.add_gauge("sanctum_active_websockets", {"channel": channel}, -1)
        return None


class App:
    def __init__(self, log_path):
        self.log = FLAVOUR.log(log_path)
        self.metrics = Metrics()
        self.faults = Faults()
        self.store = Store(self.faults, self.metrics)
        self.api = Api(self.store, self.metrics)
        self.realtime = Realtime(self.store, self.api, self.faults, self.metrics)


class Flavour:
    def __init__(self, log, http_buckets, db_buckets, db_label, burn, runtime_series, created_samples):
        self.log, self.http_buckets, self.db_buckets, self.db_label = log, http_buckets, db_buckets, db_label
        self.burn, self.runtime_series, self.created_samples = burn, runtime_series, created_samples


FLAVOURS = {
    "go": Flavour(ZapLog, GO_HTTP_BUCKETS, GO_DB_BUCKETS, "query", burn_cpu_in_parallel, "go", False),
    "python": Flavour(PythonJsonLog, PYTHON_BUCKETS, PYTHON_BUCKETS, "operation", burn_cpu_holding_the_gil, "python",
                      True),
}
FLAVOUR = FLAVOURS["go"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--log", required=True, help="zap-style JSON log file (appended)")
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1; 0 = a free one")
    parser.add_argument("--flavour", choices=sorted(FLAVOURS), default="go", help="the runtime to look like")
    args = parser.parse_args()
    global FLAVOUR
    FLAVOUR = FLAVOURS[args.flavour]
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    server.app = App(args.log)
    port = server.server_address[1]
    server.app.log.write("info", "cmd/server/main.go:34", "server listening", addr="127.0.0.1:%d" % port)
    print("listening on http://127.0.0.1:%d" % port, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
