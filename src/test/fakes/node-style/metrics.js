'use strict';
// A small Prometheus registry in prom-client's shape: process_* and nodejs_* default metrics, counters, gauges and
// classic histograms, in the text exposition format 0.0.4.
const fs = require('fs');
const v8 = require('v8');

class Registry {
  constructor() {
    this.metrics = [];
    this.startSeconds = Math.round(Date.now() / 1000 - process.uptime());
  }

  counter(name, help, labelNames) {
    return this.add(new Series(name, help, 'counter', labelNames));
  }

  gauge(name, help, labelNames) {
    return this.add(new Series(name, help, 'gauge', labelNames));
  }

  histogram(name, help, labelNames, buckets) {
    return this.add(new Histogram(name, help, labelNames, buckets));
  }

  add(metric) {
    this.metrics.push(metric);
    return metric;
  }

  expose() {
    const cpu = process.cpuUsage();
    const memory = process.memoryUsage();
    const lines = [];
    const single = (name, help, type, value) => lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, `${name} ${value}`);
    single('process_cpu_user_seconds_total', 'Total user CPU time spent in seconds.', 'counter', cpu.user / 1e6);
    single('process_cpu_system_seconds_total', 'Total system CPU time spent in seconds.', 'counter', cpu.system / 1e6);
    single('process_cpu_seconds_total', 'Total user and system CPU time spent in seconds.', 'counter', (cpu.user + cpu.system) / 1e6);
    single('process_start_time_seconds', 'Start time of the process since unix epoch in seconds.', 'gauge', this.startSeconds);
    single('process_resident_memory_bytes', 'Resident memory size in bytes.', 'gauge', memory.rss);
    single('process_open_fds', 'Number of open file descriptors.', 'gauge', openFds());
    single('nodejs_heap_size_total_bytes', 'Process heap size from Node.js in bytes.', 'gauge', memory.heapTotal);
    single('nodejs_heap_size_used_bytes', 'Process heap size used from Node.js in bytes.', 'gauge', memory.heapUsed);
    single('nodejs_external_memory_bytes', 'Node.js external memory size in bytes.', 'gauge', memory.external);
    lines.push('# HELP nodejs_heap_space_size_used_bytes Process heap space size used from Node.js in bytes.',
      '# TYPE nodejs_heap_space_size_used_bytes gauge');
    v8.getHeapSpaceStatistics().forEach((space) => lines.push(
      `nodejs_heap_space_size_used_bytes{space="${space.space_name.replace(/_space$/, '')}"} ${space.space_used_size}`));
    lines.push('# HELP nodejs_version_info Node.js version info.', '# TYPE nodejs_version_info gauge',
      `nodejs_version_info{version="${process.version}"} 1`);
    this.metrics.forEach((metric) => metric.write(lines));
    return lines.join('\n') + '\n';
  }
}

function openFds() {
  try {
    return fs.readdirSync('/proc/self/fd').length;
  } catch (e) {
    return 0;
  }
}

function labelText(names, values, extra = []) {
  const pairs = names.map((n) => [n, values[n]]).concat(extra);
  return pairs.length === 0 ? '' : '{' + pairs.map(([n, v]) => `${n}="${String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',') + '}';
}

class Series {
  constructor(name, help, type, labelNames) {
    Object.assign(this, { name, help, type, labelNames, values: new Map() });
  }

  inc(labels, by = 1) {
    this.add(labels, by);
  }

  add(labels, by) {
    const key = labelText(this.labelNames, labels);
    this.values.set(key, (this.values.get(key) || 0) + by);
  }

  write(lines) {
    lines.push(`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} ${this.type}`);
    this.values.forEach((value, key) => lines.push(`${this.name}${key} ${value}`));
  }
}

class Histogram {
  constructor(name, help, labelNames, buckets) {
    Object.assign(this, { name, help, labelNames, buckets, values: new Map() });
  }

  observe(labels, seconds) {
    const key = JSON.stringify(this.labelNames.map((n) => labels[n]));
    const entry = this.values.get(key) || { labels, counts: this.buckets.map(() => 0), sum: 0, count: 0 };
    this.buckets.forEach((le, i) => { if (seconds <= le) entry.counts[i]++; });
    entry.sum += seconds;
    entry.count++;
    this.values.set(key, entry);
  }

  write(lines) {
    lines.push(`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`);
    this.values.forEach((entry) => {
      this.buckets.forEach((le, i) => lines.push(`${this.name}_bucket${labelText(this.labelNames, entry.labels, [['le', le]])} ${entry.counts[i]}`));
      lines.push(`${this.name}_bucket${labelText(this.labelNames, entry.labels, [['le', '+Inf']])} ${entry.count}`);
      lines.push(`${this.name}_sum${labelText(this.labelNames, entry.labels)} ${entry.sum}`);
      lines.push(`${this.name}_count${labelText(this.labelNames, entry.labels)} ${entry.count}`);
    });
  }
}

module.exports = { Registry };
