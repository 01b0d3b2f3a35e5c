// What the browser tests fix about the page they run in, so that nothing depends on the day,
// the machine's language or an earlier test that failed (tests/support/mod.rs, prepare_page).

// The page's clock, stopped at the instant the tests chose. The widget reads the time only
// through `Date.now` (src/platform/clock.rs), so every relative date is measured from that
// instant, on any day the tests run. Timers (setTimeout, animation frames) keep running.
export function stop_clock(millis) {
  Date.now = () => millis;
}

// The reader's language as the widget sees it when neither `locale` nor `lang` says one
// (`navigator.language`, src/embed/props.rs), whatever the machine's locale.
export function set_browser_language(language) {
  Object.defineProperty(navigator, "language", { value: language, configurable: true });
  Object.defineProperty(navigator, "languages", { value: [language], configurable: true });
}

// What a failed test leaves behind (its panic aborts before any Drop runs): its elements,
// which `insert` marks, leave the page.
export function remove_test_nodes() {
  for (const node of document.querySelectorAll("[data-test-node]")) node.remove();
}
