// A scripted stand-in for window.fetch, used by tests/web.rs. It returns real Response objects,
// so the widget's own status, header and body handling runs unchanged.
const realFetch = globalThis.fetch;
let routes = new Map();
let calls = new Map();
let aborted = new Set();
let held = new Map();
let answered = new Map();

function queue(url) {
  if (!routes.has(url)) routes.set(url, []);
  return routes.get(url);
}

export function fake_fetch_install() {
  routes = new Map();
  calls = new Map();
  aborted = new Set();
  held = new Map();
  answered = new Map();
  globalThis.fetch = (input, init) => {
    const url = typeof input === "string" ? input : input.url;
    calls.set(url, (calls.get(url) || 0) + 1);
    const signal = (init && init.signal) || (typeof input === "object" ? input.signal : undefined);
    const step = queue(url).shift();
    return new Promise((resolve, reject) => {
      if (!step) {
        reject(new TypeError(`fake fetch: no route for ${url}`));
        return;
      }
      if (step.bogus) {
        resolve({ ok: true, status: 200, json: async () => ({}) });
        return;
      }
      const answer = () => {
        if (step.fail) return reject(new TypeError("Failed to fetch"));
        const headers = { "content-type": "application/json", ...(step.headers || {}) };
        const response = new Response(step.body, { status: step.status, headers });
        answered.set(url, response);
        resolve(response);
      };
      if (signal) {
        signal.addEventListener("abort", () => {
          aborted.add(url);
          if (!step.hold) reject(new DOMException("The operation was aborted.", "AbortError"));
        });
      }
      if (step.hold) held.set(url, answer);
      else if (!step.hang) answer();
    });
  };
}

export function fake_fetch_restore() {
  globalThis.fetch = realFetch;
}

export function fake_fetch_respond(url, status, body) {
  queue(url).push({ status, body });
}

/** The next request to `url` answers something that is not a Response, as a broken page wrapper might. */
export function fake_fetch_bogus(url) {
  queue(url).push({ bogus: true });
}

/** Whether the card started reading the body of the last answer for `url`. */
export function fake_fetch_body_read(url) {
  const response = answered.get(url);
  return Boolean(response && response.bodyUsed);
}

export function fake_fetch_fail(url) {
  queue(url).push({ fail: true });
}

export function fake_fetch_hang(url) {
  queue(url).push({ hang: true });
}

export function fake_fetch_hold(url, status, body) {
  queue(url).push({ status, body, hold: true });
}

export function fake_fetch_release(url) {
  const answer = held.get(url);
  held.delete(url);
  if (answer) answer();
}

export function fake_fetch_calls(url) {
  return calls.get(url) || 0;
}

export function fake_fetch_aborted(url) {
  return aborted.has(url);
}

export function fake_fetch_is_installed() {
  return globalThis.fetch !== realFetch;
}
