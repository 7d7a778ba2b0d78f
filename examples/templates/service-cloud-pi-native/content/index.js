// Minimal service answering the probes the platform expects.
const http = require('http');
http
  .createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(req.url === '/health' ? 'ok' : 'hello');
  })
  .listen(8080);
