// The browsers' only way out during the browser tests (scripts/test.sh): an HTTP proxy on
// 127.0.0.1 that forwards requests for 127.0.0.1 and refuses every other host.
//
// Why: wasm-bindgen-test-runner 0.2.130 serves its test page with tiny_http 0.12, whose task
// pool can lose a wake-up when connections arrive in a burst (the spawner reads a stale count of
// idle threads, queues the connection and adds no thread). Each keep-alive connection holds a
// thread until the browser closes it, so the queued connection, typically the request for one
// JS snippet, is never read: the page never loads and no test runs. A Chromium net log of such a
// run shows the request sent on a fresh socket and never answered. Through this proxy every
// request reaches tiny_http on its own `Connection: close` connection, so each of its tasks ends
// after one response and a queued one is picked up at once.
// It also keeps the tests off the network: images named by the fixtures, and the browsers' own
// background requests, get a 403 here instead of a DNS lookup.
//
// Usage: node scripts/runner-proxy.mjs CAPS_IN CAPS_OUT
// Listens on a free port, writes CAPS_IN's WebDriver capabilities plus the proxy settings for
// Chromium and Firefox to CAPS_OUT, prints "ready", and serves until it is killed.
import http from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';

const [capsIn, capsOut] = process.argv.slice(2);
if (!capsIn || !capsOut) {
  console.error('usage: node scripts/runner-proxy.mjs CAPS_IN CAPS_OUT');
  process.exit(2);
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'proxy-authorization', 'te', 'trailer', 'upgrade'];

function refuse(res, why) {
  res.writeHead(403, { 'content-type': 'text/plain', connection: 'close' });
  res.end(`news-card browser tests: ${why}\n`);
}

const server = http.createServer((req, res) => {
  let target;
  try {
    target = new URL(req.url);
  } catch {
    return refuse(res, 'this is a proxy; ask for an absolute URL');
  }
  if (target.protocol !== 'http:' || !LOOPBACK.has(target.hostname)) {
    return refuse(res, `no network beyond 127.0.0.1 (${target.host})`);
  }
  const headers = { ...req.headers, connection: 'close' };
  for (const name of HOP_BY_HOP.slice(1)) delete headers[name];
  const upstream = http.request(
    { host: target.hostname.replace(/^\[|\]$/g, ''), port: target.port || 80, path: target.pathname + target.search, method: req.method, headers, agent: false },
    (answer) => {
      const back = { ...answer.headers };
      for (const name of HOP_BY_HOP) delete back[name];
      res.writeHead(answer.statusCode, answer.statusMessage, back);
      answer.pipe(res);
    },
  );
  upstream.on('error', (error) => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
    res.end(`news-card browser tests: ${error.message}\n`);
  });
  req.pipe(upstream);
});

// HTTPS goes through CONNECT tunnels; the tests have no HTTPS server, so none is opened.
server.on('connect', (_req, socket) => {
  socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const caps = JSON.parse(readFileSync(capsIn, 'utf8'));
  const proxy = `127.0.0.1:${port}`;
  const chrome = (caps['goog:chromeOptions'] ??= {});
  // Chromium bypasses proxies for loopback unless told not to.
  chrome.args = [...(chrome.args ?? []), `--proxy-server=http://${proxy}`, '--proxy-bypass-list=<-loopback>'];
  const firefox = (caps['moz:firefoxOptions'] ??= {});
  firefox.prefs = {
    ...(firefox.prefs ?? {}),
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
  };
  writeFileSync(capsOut, JSON.stringify(caps, null, 2));
  console.log('ready');
});

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
