/* The backend's processes, seen through /proc: its descendants, the one listening, their RSS. */
'use strict';

const fs = require('node:fs');
const net = require('node:net');

const HOST = '127.0.0.1';

// ---------------------------------------------------------------------------------------
// Processes

/** pid -> { ppid, pgrp } for every process visible in /proc. */
function processTable() {
  const table = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may contain spaces and parentheses: split after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(entry), {
        ppid: Number(fields[1]),
        pgrp: Number(fields[2]),
      });
    } catch {
      // The process ended meanwhile.
    }
  }
  return table;
}

function descendantsOf(pid, table = processTable()) {
  const result = [];
  const queue = [pid];
  const seen = new Set();
  while (queue.length > 0 && seen.size < 10000) {
    const current = queue.shift();
    if (seen.has(current)) continue;
    seen.add(current);
    result.push(current);
    for (const [child, info] of table) {
      if (info.ppid === current && !seen.has(child)) queue.push(child);
    }
  }
  return result;
}

/** Socket inodes listening on the port (IPv4 and IPv6). */
function listeningInodes(port) {
  const inodes = new Set();
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length < 10) continue;
      const localPort = cols[1].split(':')[1];
      if (localPort === hexPort && cols[3] === '0A') inodes.add(cols[9]);
    }
  }
  return inodes;
}

/** The pid, among the candidates, that holds a socket listening on the port. */
function pidListeningOn(port, candidates) {
  const inodes = listeningInodes(port);
  if (inodes.size === 0) return undefined;
  for (const pid of candidates) {
    let fds;
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const link = fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
        const match = /^socket:\[(\d+)\]$/.exec(link);
        if (match && inodes.has(match[1])) return pid;
      } catch {
        // fd closed meanwhile
      }
    }
  }
  return undefined;
}

function rssKb(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function portIsFree(port) {
  return new Promise(resolve => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, HOST, () => server.close(() => resolve(true)));
  });
}

module.exports = {
  HOST,
  descendantsOf,
  pidListeningOn,
  rssKb,
  portIsFree,
};
