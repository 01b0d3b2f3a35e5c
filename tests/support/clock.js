// The test page's clock, stopped at the instant a test chose. The widget reads the time only
// through `Date.now` (src/platform/clock.rs), so every relative date in these pages is
// measured from that instant, on any day the tests run. Timers (setTimeout, animation frames)
// are untouched and keep running.
export function stop_clock(millis) {
  Date.now = () => millis;
}
