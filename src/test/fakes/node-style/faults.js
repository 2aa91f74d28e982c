'use strict';
// The reference app's fault switch (PUT /admin/faults, src/main/java/dev/stressgate/socialapp/faults/FaultSettings),
// same JSON and the same meaning, so a profile's faults work against this target unchanged.

const CHANNELS = ['chat', 'game'];

class Faults {
  constructor() {
    this.replace({});
    this.leaked = [];
  }

  /** Replaces every setting (absent parts are off); returns the problems, each naming its field, and keeps the old settings then. */
  replace(raw) {
    const problems = [];
    const s = {
      latency: { millis: num(raw, 'latency', 'millis', 0), routes: list(raw, 'latency', 'routes') },
      errors: {
        share: num(raw, 'errors', 'share', 0), status: num(raw, 'errors', 'status', 500),
        routes: list(raw, 'errors', 'routes'), from_s: num(raw, 'errors', 'from_s', 0),
        until_s: num(raw, 'errors', 'until_s', 0),
      },
      slow_database: { millis: num(raw, 'slow_database', 'millis', 0), operations: list(raw, 'slow_database', 'operations') },
      websocket_drops: { share: num(raw, 'websocket_drops', 'share', 0), channels: list(raw, 'websocket_drops', 'channels') },
      database_unavailable: raw.database_unavailable === true,
      memory_leak: { kib_per_request: num(raw, 'memory_leak', 'kib_per_request', 0) },
      cpu_burn: { millis_per_request: num(raw, 'cpu_burn', 'millis_per_request', 0) },
      rate_limit: { requests: num(raw, 'rate_limit', 'requests', 0), window_s: num(raw, 'rate_limit', 'window_s', 60) },
    };
    for (const [field, value, max] of [['latency.millis', s.latency.millis, 60000],
      ['slow_database.millis', s.slow_database.millis, 60000], ['errors.from_s', s.errors.from_s, 86400],
      ['errors.until_s', s.errors.until_s, 86400], ['memory_leak.kib_per_request', s.memory_leak.kib_per_request, 65536],
      ['cpu_burn.millis_per_request', s.cpu_burn.millis_per_request, 10000],
      ['rate_limit.requests', s.rate_limit.requests, 1000000]]) {
      if (!(Number.isFinite(value) && value >= 0 && value <= max)) {
        problems.push(`${field}: expected 0-${max}, got ${value}`);
      }
    }
    for (const [field, value] of [['errors.share', s.errors.share], ['websocket_drops.share', s.websocket_drops.share]]) {
      if (!(value >= 0 && value <= 1)) {
        problems.push(`${field}: expected a share between 0.0 and 1.0, got ${value}`);
      }
    }
    if (!(s.errors.status >= 500 && s.errors.status <= 599)) {
      problems.push(`errors.status: expected 500-599, got ${s.errors.status}`);
    }
    if (!(s.rate_limit.window_s >= 1 && s.rate_limit.window_s <= 3600)) {
      problems.push(`rate_limit.window_s: expected 1-3600, got ${s.rate_limit.window_s}`);
    }
    s.websocket_drops.channels.filter((c) => !CHANNELS.includes(c))
      .forEach((c) => problems.push(`websocket_drops.channels: expected chat or game, got '${c}'`));
    if (problems.length === 0) {
      this.settings = s;
      this.appliedAt = Date.now();
      this.buckets = new Map();
    }
    return problems;
  }

  /** Applies the request faults before a handler runs: latency, CPU burn, leak; returns the 5xx to inject or 0. */
  async beforeHandler(path) {
    const s = this.settings;
    if (s.latency.millis > 0 && selects(s.latency.routes, path)) {
      await new Promise((resolve) => setTimeout(resolve, s.latency.millis));
    }
    if (s.cpu_burn.millis_per_request > 0 && path.startsWith('/api/')) {
      // CPU time, not wall time (as the reference app and the Go-style fake burn): on a busy host the request takes
      // longer, and the event loop's one thread does nothing else meanwhile.
      const start = process.cpuUsage();
      const micros = s.cpu_burn.millis_per_request * 1000;
      while (spentMicros(process.cpuUsage(start)) < micros) {
        Math.sqrt(Math.random());
      }
    }
    if (s.memory_leak.kib_per_request > 0 && path.startsWith('/api/')) {
      this.leaked.push(new Array(s.memory_leak.kib_per_request * 128).fill(Math.random()));
    }
    const since = (Date.now() - this.appliedAt) / 1000;
    const inWindow = since >= s.errors.from_s && (s.errors.until_s === 0 || since < s.errors.until_s);
    return s.errors.share > 0 && inWindow && selects(s.errors.routes, path) && roll(s.errors.share) ? s.errors.status : 0;
  }

  databaseDelayFor(operation) {
    const slow = this.settings.slow_database;
    return slow.millis > 0 && (slow.operations.length === 0 || slow.operations.includes(operation)) ? slow.millis : 0;
  }

  databaseUnavailable() {
    return this.settings.database_unavailable;
  }

  dropFrame(channel) {
    const drops = this.settings.websocket_drops;
    return drops.share > 0 && (drops.channels.length === 0 || drops.channels.includes(channel)) && roll(drops.share);
  }

  /** 0 when the user may proceed, else the Retry-After seconds (a token bucket per user, refilled greedily). */
  rateLimited(userId) {
    const { requests, window_s: windowS } = this.settings.rate_limit;
    if (requests <= 0) {
      return 0;
    }
    const now = Date.now();
    const bucket = this.buckets.get(userId) || { tokens: requests, at: now };
    bucket.tokens = Math.min(requests, bucket.tokens + ((now - bucket.at) / 1000) * (requests / windowS));
    bucket.at = now;
    this.buckets.set(userId, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) * (windowS / requests)));
  }
}

function spentMicros(usage) {
  return usage.user + usage.system;
}

function num(raw, part, field, fallback) {
  const value = raw[part] && raw[part][field];
  return value === undefined || value === null ? fallback : Number(value);
}

function list(raw, part, field) {
  const value = raw[part] && raw[part][field];
  return Array.isArray(value) ? value.map(String) : [];
}

/** A fault route is a template of the reference app ("/api/posts/{id}/like"); it matches the concrete path. */
function selects(routes, path) {
  if (routes.length === 0) {
    return path.startsWith('/api/');
  }
  return routes.some((r) => new RegExp('^' + r.replace(/\{[^}]+\}/g, '[^/]+') + '$').test(path));
}

function roll(share) {
  return share >= 1 || Math.random() < share;
}

module.exports = { Faults };
