/* Progress lines with the time since the script started, shared by the measuring scripts. */
'use strict';

const startedAt = Date.now();
function say(message) {
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1).padStart(6);
  console.log(`[${seconds}s] ${message}`);
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

module.exports = { say, sleep };
