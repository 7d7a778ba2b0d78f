/* HTTP load with autocannon on loopback, latency percentiles and RSS sampling. */
'use strict';

const { baseUrl } = require('./backend');
const { descendantsOf, rssKb } = require('./processes');

// ---------------------------------------------------------------------------------------
// Load

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const index = Math.min(
    sorted.length - 1,
    Math.max(0, Math.ceil((p / 100) * sorted.length) - 1),
  );
  return sorted[index];
}

/** Samples the RSS of the backend process (the one listening) and of all its descendants. */
function startRssSampler(listenerPid) {
  const sampler = { peakListenerKb: 0, peakTotalKb: 0, samples: 0 };
  const sample = () => {
    const pids = descendantsOf(listenerPid);
    const listener = rssKb(listenerPid);
    const total = pids.reduce((sum, pid) => sum + rssKb(pid), 0);
    sampler.peakListenerKb = Math.max(sampler.peakListenerKb, listener);
    sampler.peakTotalKb = Math.max(sampler.peakTotalKb, total);
    sampler.samples += 1;
  };
  sample();
  const timer = setInterval(sample, 1000);
  sampler.stop = () => {
    clearInterval(timer);
    sample();
  };
  return sampler;
}

async function runLoad(
  options,
  { title, token, paths, duration, connections, quiet },
) {
  const autocannon = require('autocannon');
  const latencies = [];
  const statuses = new Map();
  const instance = autocannon({
    url: baseUrl(options),
    connections,
    duration,
    timeout: 10,
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    requests: [
      {
        method: 'GET',
        setupRequest: request => ({
          ...request,
          path: paths[Math.floor(Math.random() * paths.length)],
        }),
      },
    ],
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const figures = {
    title,
    requests: latencies.length,
    rps: latencies.length / (result.duration || duration),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statuses: [...statuses.entries()].sort((a, b) => a[0] - b[0]),
  };
  if (!quiet) printFigures(figures);
  return figures;
}

function ms(value) {
  return Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a';
}

function printFigures(f) {
  console.log('');
  console.log(`  ${f.title}`);
  console.log(`    requests      ${f.requests} (${f.rps.toFixed(0)} req/s)`);
  console.log(
    `    latency       p50 ${ms(f.p50)}   p95 ${ms(f.p95)}   p99 ${ms(
      f.p99,
    )}   max ${ms(f.max)}`,
  );
  console.log(`    non-2xx       ${f.non2xx}`);
  console.log(
    `    errors        ${f.errors} (of which timeouts ${f.timeouts})`,
  );
  console.log(
    `    statuses      ${
      f.statuses.map(([s, n]) => `${s}: ${n}`).join(', ') || 'none'
    }`,
  );
  console.log('');
}

/**
 * The onboarding entity route against the catalog's by-name route it is built on, for the
 * same entities, in alternating rounds (catalog, onboarding, catalog, ...) on one backend.
 */
module.exports = { percentile, startRssSampler, runLoad, ms, printFigures };
