// The pacer (src/platform/pacer.js) on its own: a fake clock, fake tasks and fake frames, and
// what it hands out in each task and each frame.
import { test } from "node:test";
import assert from "node:assert/strict";
import { BUDGETS, FRAME_TIMEOUT_MS, createPacer } from "../../src/platform/pacer.js";

/**
 * A page the test drives: tasks run one at a time when asked, frames come when asked, timers
 * fire when the clock passes them. Records what the pacer hands out, task by task.
 */
function fakePage({ hidden = false, mountCost = 1, prefetchCost = 1 } = {}) {
  const page = { now: 0, hidden, tasks: [], frames: [], timers: [], done: [], current: null };
  let nextTimer = 1;
  const env = {
    now: () => page.now,
    nextTask: (fn) => page.tasks.push(fn),
    requestFrame: (fn) => page.frames.push(fn),
    setTimer(fn, ms) {
      const id = nextTimer++;
      page.timers.push({ id, at: page.now + ms, fn });
      return id;
    },
    clearTimer(id) {
      page.timers = page.timers.filter((t) => t.id !== id);
    },
    hidden: () => page.hidden,
  };
  const run = {
    mount(card) {
      page.now += mountCost;
      page.current.push(`mount ${card}`);
    },
    prefetch(card) {
      page.now += prefetchCost;
      page.current.push(`prefetch ${card}`);
    },
  };
  page.pacer = createPacer(env, run);
  /** Runs the next task (a pacer step or a due timer); returns what it handed out. */
  page.task = () => {
    page.current = [];
    const timer = page.timers.find((t) => t.at <= page.now);
    if (timer) {
      page.timers = page.timers.filter((t) => t !== timer);
      timer.fn();
    } else {
      const fn = page.tasks.shift();
      assert.ok(fn, "a task was asked for");
      fn();
    }
    page.done.push(page.current);
    return page.current;
  };
  /** Runs tasks until none is asked for; returns what each handed out. */
  page.drain = () => {
    const out = [];
    while (page.tasks.length || page.timers.some((t) => t.at <= page.now)) out.push(page.task());
    return out;
  };
  /** A frame: runs the frame callbacks. */
  page.frame = () => {
    const frames = page.frames.splice(0);
    for (const fn of frames) fn();
  };
  /** Draws: asks for `n` slots, returns the list of those granted so far. */
  page.draws = (n) => {
    const granted = [];
    for (let i = 0; i < n; i++) page.pacer.drawSlot().then(() => granted.push(i));
    return granted;
  };
  return page;
}

const mounts = (done) => done.map((list) => list.filter((j) => j.startsWith("mount")).length);
const settle = () => new Promise((resolve) => setImmediate(resolve));

test("mounts: the first alone, then mountsPerTask a task, mountsPerFrame a frame", () => {
  const page = fakePage();
  for (let i = 0; i < 20; i++) page.pacer.queue(`c${i}`, "mount");
  const first = page.drain();
  assert.deepEqual(mounts(first), [1, 2, 2, 1], "6 before the frame: 1, 2, 2, then the frame's last");
  assert.equal(first.flat().length, BUDGETS.mountsPerFrame);
  page.frame();
  assert.deepEqual(mounts(page.drain()), [2, 2, 2]);
  page.frame();
  assert.deepEqual(mounts(page.drain()), [2, 2, 2]);
  page.frame();
  assert.deepEqual(mounts(page.drain()), [2]);
  assert.equal(page.tasks.length, 0, "nothing left to do");
});

test("work is handed out in the order it was queued; a mount takes a queued fetch's place, last", () => {
  const page = fakePage({ prefetchCost: 0 });
  page.pacer.queue("a", "prefetch");
  page.pacer.queue("b", "prefetch");
  page.pacer.queue("c", "prefetch");
  page.pacer.queue("a", "mount");
  page.pacer.queue("b", "prefetch"); // already queued: stays where it is
  assert.deepEqual(page.drain().flat(), ["prefetch b", "prefetch c", "mount a"]);
});

test("early fetches run for up to prefetchMs a task", () => {
  const page = fakePage({ prefetchCost: 3 });
  for (let i = 0; i < 10; i++) page.pacer.queue(`c${i}`, "prefetch");
  // 3 ms each: after the third, 9 ms > 8 ms have passed and the task ends.
  const tasks = page.drain().map((list) => list.length);
  assert.deepEqual(tasks, [3, 3, 3, 1]);
  assert.ok(tasks.every((n) => (n - 1) * 3 <= BUDGETS.prefetchMs));
});

test("draws: the first alone, then drawsPerTask a task, drawsPerFrame a frame; before mounts", async () => {
  const page = fakePage();
  page.pacer.queue("m", "mount");
  const granted = page.draws(10);
  page.task();
  await settle();
  assert.deepEqual(granted, [0], "the first draw alone, before the mount");
  page.task();
  await settle();
  assert.deepEqual(granted, [0, 1, 2]);
  page.task();
  await settle();
  assert.deepEqual(granted, [0, 1, 2, 3], "4 a frame");
  assert.deepEqual(page.task(), ["mount m"], "mounts go on while draws wait for the frame");
  assert.equal(page.tasks.length, 0, "nothing more this frame");
  page.frame();
  page.drain();
  await settle();
  assert.deepEqual(granted, [0, 1, 2, 3, 4, 5, 6, 7]);
  page.frame();
  page.drain();
  await settle();
  assert.equal(granted.length, 10);
});

test("a card connected on its own mounts at once, up to mountsPerTask in one task, never past a queue", () => {
  const page = fakePage();
  assert.equal(page.pacer.mayMountAtOnce(), true);
  assert.equal(page.pacer.mayMountAtOnce(), true);
  assert.equal(page.pacer.mayMountAtOnce(), false, "a third in the same task waits");
  page.task(); // the timer that ends the task
  assert.equal(page.pacer.mayMountAtOnce(), true, "the next task may again");
  page.pacer.queue("q", "mount");
  assert.equal(page.pacer.mayMountAtOnce(), false, "not past cards already waiting");
});

test("a mount at once counts against the frame", () => {
  const page = fakePage();
  for (let task = 0; task < 3; task++) {
    assert.equal(page.pacer.mayMountAtOnce(), true);
    assert.equal(page.pacer.mayMountAtOnce(), true);
    page.task();
  }
  assert.equal(page.pacer.mayMountAtOnce(), false, "six in the frame already");
  page.pacer.queue("q", "mount");
  assert.equal(page.tasks.length, 0, "the queue waits for the frame");
  page.frame();
  assert.deepEqual(page.drain().flat(), ["mount q"]);
});

test("a hidden page has no frames: a timer makes room at once", () => {
  const page = fakePage({ hidden: true });
  for (let i = 0; i < 20; i++) page.pacer.queue(`c${i}`, "mount");
  const tasks = page.drain();
  assert.equal(tasks.flat().length, 20, "every card mounted with no frame at all");
  assert.equal(page.frames.length > 0, true, "a frame was asked for all the same");
});

test("a frame that never comes: room is made after FRAME_TIMEOUT_MS", () => {
  const page = fakePage({ mountCost: 0 });
  for (let i = 0; i < 8; i++) page.pacer.queue(`c${i}`, "mount");
  assert.equal(page.drain().flat().length, 6);
  page.now += FRAME_TIMEOUT_MS - 1;
  assert.equal(page.drain().length, 0, "still waiting for the frame");
  page.now += 1;
  assert.deepEqual(page.drain().flat(), ["mount c6", "mount c7"]);
});

test("a cancelled card is not handed out", () => {
  const page = fakePage();
  page.pacer.queue("a", "mount");
  page.pacer.queue("b", "mount");
  page.pacer.cancel("a");
  assert.deepEqual(page.drain().flat(), ["mount b"]);
});
