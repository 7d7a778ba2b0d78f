const http = require('http');
http.createServer((req, res) => res.end('{}')).listen(8080);
