// The pacer: many cards' work spread over tasks and frames, so that no task of the page's runs
// long. It owns the queue of cards waiting to mount or to start their early fetch, and the
// articles waiting to be drawn; the element's runtime (src/embed/runtime/element.js) says what
// a mount and an early fetch do.
//
// Why: a card's mount (its Yew app, and its first render when its data is inline) costs one to
// three milliseconds, an early fetch about one, and drawing an article about two, then its
// layout in the next frame; the first mount and the first draw also compile the wasm code they
// run (V8 compiles each function when first called): 30 ms more. A page of a hundred eager
// cards would otherwise start every fetch in the task that defines the element, mount every
// card in the task where the wasm starts, and draw and lay out whatever arrived together in
// one frame: 50–200 ms each.
//
// How: work is done a little per task (a message to ourselves, which no timer clamps), in the
// order it was queued (document order): early fetches for up to `prefetchMs`, mounts
// `mountsPerTask` at a time, and the articles that arrived `drawsPerTask` at a time; the very
// first mount and the very first draw each alone. A frame lays out at most `mountsPerFrame`
// new cards and `drawsPerFrame` new articles; the rest wait for the next frame. A hidden page
// has no frames (nor layout to spread), so there a timer makes room; a timer also ends a frame
// that never comes (the page hid).
//
// The wasm imports `draw_slot` (src/platform/rendering.rs). tests/js/pacer.test.mjs runs the
// pacer on a fake clock with fake tasks and frames.

/** The budgets the page's pacer keeps. */
export const BUDGETS = { mountsPerTask: 2, mountsPerFrame: 6, drawsPerTask: 2, drawsPerFrame: 4, prefetchMs: 8 };

/** How long a frame may take to come before its room is made anyway, in ms. */
export const FRAME_TIMEOUT_MS = 1000;

/**
 * A pacer. `env` is the page: `{ now(), nextTask(fn), requestFrame(fn), setTimer(fn, ms),
 * clearTimer(id), hidden() }`; `run` does the work it hands out: `{ mount(card),
 * prefetch(card) }`, each of which may decide there is nothing left to do.
 */
export function createPacer(env, run, budgets = BUDGETS) {
  /** card -> "prefetch" | "mount", in the order queued; a mount goes last, in place of a prefetch. */
  const jobs = new Map();
  /** The draws waiting for their turn: each the resolve of the promise `drawSlot` returned. */
  const draws = [];
  let scheduled = false;
  let mountsThisFrame = 0;
  let drawsThisFrame = 0;
  let waitingForFrame = false;
  let mountedOnce = false;
  let drawnOnce = false;
  /** Cards mounted at once (not queued) in the current task. */
  let mountedAtOnce = 0;

  /** Queues a mount, or an early fetch (unless the card has a job queued already). */
  function queue(card, kind) {
    if (kind === "mount") jobs.delete(card);
    else if (jobs.has(card)) return;
    jobs.set(card, kind);
    schedule();
  }

  /** Resolves, in a task of its own, when a card may draw the article it just loaded. */
  function drawSlot() {
    return new Promise((resolve) => {
      draws.push(resolve);
      schedule();
    });
  }

  /**
   * Whether a card connected on its own may mount now, in this task (its shadow root is then
   * there when the page looks right after inserting it); counts the mount if so. Not while
   * others wait in the queue, nor past the task's or the frame's budget.
   */
  function mayMountAtOnce() {
    if (jobs.size || mountedAtOnce >= budgets.mountsPerTask || mountsThisFrame >= budgets.mountsPerFrame) return false;
    if (!mountedAtOnce++) env.setTimer(() => (mountedAtOnce = 0), 0);
    spendMount();
    return true;
  }

  /** Asks for a task to do the next piece of work in, if there is work this frame has room for. */
  function schedule() {
    if (scheduled) return;
    const next = jobs.values().next().value;
    const runnable =
      (draws.length > 0 && drawsThisFrame < budgets.drawsPerFrame) ||
      next === "prefetch" ||
      (next === "mount" && mountsThisFrame < budgets.mountsPerFrame);
    if (!runnable) return;
    scheduled = true;
    env.nextTask(step);
  }

  /** One task's work: draws first, else mounts and early fetches in the order queued. */
  function step() {
    scheduled = false;
    if (draws.length && drawsThisFrame < budgets.drawsPerFrame) {
      const n = Math.min(drawnOnce ? budgets.drawsPerTask : 1, budgets.drawsPerFrame - drawsThisFrame);
      drawnOnce = true;
      drawsThisFrame += n;
      awaitFrame();
      for (const resolve of draws.splice(0, n)) resolve();
    } else {
      const start = env.now();
      // The very first mount alone: it compiles the code every card runs.
      const mountLimit = mountedOnce ? budgets.mountsPerTask : 1;
      let mounts = 0;
      for (const [card, kind] of jobs) {
        if (kind === "mount") {
          if (mounts >= mountLimit || mountsThisFrame >= budgets.mountsPerFrame) break;
          mounts++;
          spendMount();
        }
        jobs.delete(card);
        if (kind === "mount") run.mount(card);
        else run.prefetch(card);
        if (env.now() - start > budgets.prefetchMs) break;
      }
    }
    schedule();
  }

  function spendMount() {
    mountsThisFrame++;
    mountedOnce = true;
    awaitFrame();
  }

  /** Makes room again at the next frame (or by a timer: see the top of this file). */
  function awaitFrame() {
    if (waitingForFrame) return;
    waitingForFrame = true;
    let timer = 0;
    const framed = () => {
      env.clearTimer(timer);
      if (!waitingForFrame) return;
      waitingForFrame = false;
      mountsThisFrame = 0;
      drawsThisFrame = 0;
      schedule();
    };
    timer = env.setTimer(framed, env.hidden() ? 0 : FRAME_TIMEOUT_MS);
    env.requestFrame(framed);
  }

  return {
    queue,
    drawSlot,
    mayMountAtOnce,
    /** Forgets the card's queued job. */
    cancel: (card) => jobs.delete(card),
  };
}

/** The page as the pacer sees it. */
function pageEnv() {
  let channel = null;
  return {
    now: () => performance.now(),
    nextTask(fn) {
      try {
        if (!channel) {
          channel = new MessageChannel();
          channel.port1.onmessage = () => channel.fn();
        }
        channel.fn = fn;
        channel.port2.postMessage(null);
      } catch {
        setTimeout(fn, 0);
      }
    },
    requestFrame: (fn) => requestAnimationFrame(fn),
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (id) => clearTimeout(id),
    hidden: () => document.hidden,
  };
}

let pagePacer = null;

/** Starts the page's one pacer, which hands its work to `run` (the element's runtime). */
export function startPagePacer(run) {
  pagePacer ??= createPacer(pageEnv(), run);
  return pagePacer;
}

/** The page pacer's `drawSlot`, for the wasm. */
export function draw_slot() {
  return pagePacer.drawSlot();
}
