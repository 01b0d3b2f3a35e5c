//! The related-stories carousel as a pure state machine: which stop the track is at, what the
//! previous/next buttons may do, and the position readout. The view renders it, measures the
//! track, and reports scrolling.
//!
//! A carousel of `len` slides has `stops` places the track can scroll to: one per slide while
//! later slides are hidden, and the end, where the last slides all show at once. When every
//! slide fits there is one stop, and no buttons or readout. The readout says which slides are
//! wholly in view: "2 / 5" when one is, "2–3 / 5" when two are, and at the end the last ones
//! ("4–5 / 5"), so a reader who pressed "next" once never hears a slide that is not in view.

/// Position in a carousel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Carousel {
    len: usize,
    stops: usize,
    index: usize,
    /// How many slides the track shows wholly at once (at least 1).
    in_view: usize,
}

impl Carousel {
    /// A carousel of `len` slides at its first stop, before it is measured (a stop per slide).
    pub fn new(len: usize) -> Carousel {
        Carousel {
            len,
            stops: len.max(1),
            index: 0,
            in_view: 1,
        }
    }

    /// The carousel measured: the track can scroll `max_scroll` pixels, and slides are
    /// `step` pixels apart. One stop when nothing scrolls; never more stops than slides.
    pub fn measured(self, max_scroll: f64, step: f64) -> Carousel {
        let stops = if !(max_scroll > 1.0 && step > 0.0) {
            1
        } else {
            // Whole slides to scroll past, plus a stop for the remainder and the start.
            let slides = (max_scroll / step).ceil();
            if slides.is_finite() {
                (slides as usize).saturating_add(1)
            } else {
                self.len
            }
        };
        let stops = stops.clamp(1, self.len.max(1));
        Carousel {
            stops,
            index: self.index.min(stops.saturating_sub(1)),
            ..self
        }
    }

    /// How many slides a track `view` pixels wide shows wholly at once, for slides `width`
    /// pixels wide and `step` pixels apart: at least one.
    pub fn viewed(self, view: f64, width: f64, step: f64) -> Carousel {
        // A pixel short of a whole slide still counts: layouts round to device pixels.
        let more = (view - width + 1.0) / step.abs();
        let in_view = if more.is_finite() && more >= 0.0 {
            (more.floor() as usize).saturating_add(1)
        } else {
            1
        };
        Carousel { in_view, ..self }
    }

    /// The current stop (0 at the start).
    pub fn index(self) -> usize {
        self.index
    }

    /// Whether every slide shows at once: no buttons, no readout.
    pub fn fits(self) -> bool {
        self.stops <= 1
    }

    /// At the last stop, where the track cannot scroll further.
    pub fn at_end(self) -> bool {
        self.index.saturating_add(1) >= self.stops
    }

    pub fn can_prev(self) -> bool {
        self.index > 0
    }

    pub fn can_next(self) -> bool {
        !self.at_end()
    }

    /// One stop back, staying at the first.
    pub fn prev(self) -> Carousel {
        self.go(self.index.saturating_sub(1))
    }

    /// One stop on, staying at the last.
    pub fn next(self) -> Carousel {
        self.go(self.index.saturating_add(1))
    }

    /// Stop `index`, clamped into range (`usize::MAX` is the end).
    pub fn go(self, index: usize) -> Carousel {
        Carousel {
            index: index.min(self.stops.saturating_sub(1)),
            ..self
        }
    }

    /// The stop nearest to a scroll offset, for slides `step` pixels apart. Offsets are
    /// negative in a right-to-left track, in every engine: only their size counts.
    pub fn at_offset(self, offset: f64, step: f64) -> Carousel {
        let step = step.abs();
        if step.is_nan() || step == 0.0 || !offset.is_finite() {
            return self;
        }
        self.go((offset.abs() / step).round() as usize)
    }

    /// The slides wholly in view, counted from 1, first and last: from the current stop on,
    /// or the last ones at the end.
    pub fn shown(self) -> (usize, usize) {
        let in_view = self.in_view.clamp(1, self.len.max(1));
        if self.len == 0 {
            (0, 0)
        } else if self.at_end() {
            (self.len.saturating_sub(in_view).saturating_add(1), self.len)
        } else {
            let first = self.index.saturating_add(1);
            (
                first,
                first
                    .saturating_add(in_view.saturating_sub(1))
                    .min(self.len),
            )
        }
    }

    /// The readout in parts, as the view draws it: "2", then "–3" when two slides are in view,
    /// then " / 5". With one slide in view, `wide_last` is the slide a wide card would show
    /// beside it: the stylesheet shows it only in a card at least 36em wide, where two slides
    /// are always in view. A card drawn with no layout (`news-card render`, or the first frame
    /// before the track is measured) is then right at any width, and agrees with the measured
    /// card, so taking a prerendered card over changes no text.
    pub fn readout(self) -> Readout {
        let (first, last) = self.shown();
        Readout {
            first,
            last: (last > first).then_some(last),
            wide_last: (last == first && first < self.len).then(|| first.saturating_add(1)),
            of: self.len,
        }
    }

    /// How many slides the carousel has.
    pub fn slides(self) -> usize {
        self.len
    }
}

/// The position readout's numbers (see [`Carousel::readout`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Readout {
    pub first: usize,
    pub last: Option<usize>,
    pub wide_last: Option<usize>,
    pub of: usize,
}

/// The track as laid out, in CSS pixels: what the view measures.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Metrics {
    /// The track's visible width.
    pub view: f64,
    /// The width of everything it scrolls over.
    pub scroll_width: f64,
    /// How far apart slides are (negative in a right-to-left track).
    pub step: f64,
    /// A slide's width.
    pub slide: f64,
    /// How far the track is scrolled (negative in a right-to-left track, in every engine).
    pub scroll_left: f64,
}

impl Metrics {
    /// Whether the track is scrolled to its end (within layout rounding).
    fn at_end(self) -> bool {
        self.scroll_left.abs() + self.view >= self.scroll_width - 2.0
    }
}

/// The stop the track rests at exactly (within a pixel), if it does: the end, or a slide's
/// start edge (slides are `step` apart).
fn resting_at(at: Carousel, m: Metrics) -> Option<usize> {
    if m.at_end() {
        return Some(at.go(usize::MAX).index());
    }
    let step = m.step.abs();
    let stop = at.at_offset(m.scroll_left, m.step).index();
    let edge = stop as f64 * step;
    ((m.scroll_left.abs() - edge).abs() < 1.0).then_some(stop)
}

/// What moves a carousel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Prev,
    Next,
    /// A stop; `usize::MAX` is the end.
    To(usize),
}

/// What the carousel's component reduces: the track was measured, a button, key or focus
/// asked for a move, or the track scrolled.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Action {
    Measured(Metrics),
    Go(Move, Metrics),
    Scrolled(Metrics),
}

/// The carousel's state: its position, and the stop a button's smooth scroll is heading to.
/// While it heads there, the scroll events it fires pass through stops in between; they are
/// ignored until the track reports the stop it aimed at, so the readout does not flicker.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Track {
    pub at: Carousel,
    pub heading_to: Option<usize>,
}

impl Track {
    pub fn new(len: usize) -> Track {
        Track {
            at: Carousel::new(len),
            heading_to: None,
        }
    }

    /// The state after `action`.
    pub fn apply(self, action: Action) -> Track {
        match action {
            Action::Measured(metrics) => Track {
                at: self.measure(metrics),
                ..self
            },
            Action::Go(step, metrics) => {
                let at = self.measure(metrics);
                // From where the track is going (or is): two quick presses move two stops.
                let from = self.heading_to.map_or(at, |i| at.go(i));
                let to = match step {
                    Move::Prev => from.prev(),
                    Move::Next => from.next(),
                    Move::To(index) => from.go(index),
                };
                // Already there (Home at the start, "next" at the end, the first slide's link
                // focused): the track does not scroll, so no scroll event would end the heading.
                let resting = resting_at(at, metrics);
                Track {
                    at: to,
                    heading_to: (resting != Some(to.index())).then_some(to.index()),
                }
            }
            Action::Scrolled(metrics) => {
                let at = self.measure(metrics);
                let now = if metrics.at_end() {
                    at.go(usize::MAX)
                } else {
                    at.at_offset(metrics.scroll_left, metrics.step)
                };
                match self.heading_to {
                    Some(target) if target != now.index() => self,
                    _ => Track {
                        at: now,
                        heading_to: None,
                    },
                }
            }
        }
    }

    fn measure(self, m: Metrics) -> Carousel {
        let step = m.step.abs();
        self.at
            .measured(m.scroll_width - m.view, step)
            .viewed(m.view, m.slide, step)
    }

    /// Where the track scrolls to reach its position: the start edge of slide `index`
    /// (`offsets` are the slides' offsets from the first), or the very end; `None` when it is
    /// not heading anywhere. Negative in a right-to-left track.
    pub fn scroll_target(self, offsets: &[f64], m: Metrics) -> Option<f64> {
        self.heading_to?;
        let to = self.at;
        let left = if to.at_end() && to.index() > 0 {
            let end = (m.scroll_width - m.view).max(0.0);
            if m.step < 0.0 {
                -end
            } else {
                end
            }
        } else {
            *offsets.get(to.index())?
        };
        Some(left)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The readout as a measured card shows it: "2 / 5", "2–3 / 5".
    fn position(c: Carousel) -> String {
        let r = c.readout();
        let last = r.last.map(|l| format!("\u{2013}{l}")).unwrap_or_default();
        format!("{}{last} / {}", r.first, r.of)
    }

    #[test]
    fn buttons_stop_at_the_ends() {
        let c = Carousel::new(3);
        assert!(!c.can_prev() && c.can_next());
        assert_eq!(c.prev().index(), 0);
        let last = c.next().next().next();
        assert_eq!(last.index(), 2);
        assert!(last.can_prev() && !last.can_next());
        assert_eq!(position(last), "3 / 3");
        assert_eq!(position(c), "1 / 3");
    }

    #[test]
    fn empty_and_single_carousels_have_no_moves() {
        for len in [0, 1] {
            let c = Carousel::new(len);
            assert!(!c.can_prev() && !c.can_next() && c.fits());
            assert_eq!(c.next().index(), 0);
        }
    }

    #[test]
    fn when_the_last_slides_fit_the_end_is_one_stop() {
        // 5 slides 200px apart in a track that scrolls 500px: stops at 0, 200, 400 and the
        // end (500); the readout says 1, 2, 3, then 5 at the end, and goes back the same way.
        let c = Carousel::new(5).measured(500.0, 200.0);
        let readouts: Vec<(usize, usize)> = [c, c.next(), c.next().next(), c.go(usize::MAX)]
            .iter()
            .map(|c| c.shown())
            .collect();
        assert_eq!(readouts, [(1, 1), (2, 2), (3, 3), (5, 5)]);
        let end = c.go(usize::MAX);
        assert!(!end.can_next() && end.next() == end);
        assert_eq!(end.prev().shown(), (3, 3));
    }

    #[test]
    fn the_readout_names_every_slide_wholly_in_view() {
        // (slides, track scrolls, view, slide width, step) -> readout at each stop, then the end.
        type Row = (usize, f64, f64, f64, f64, &'static [&'static str]);
        let table: [Row; 6] = [
            // 3 slides of 200px, 216px apart, in a 520px track (2.4 slides): the case where one
            // press of "next" used to say "3 / 3" with the second slide still in view.
            (
                3,
                112.0,
                520.0,
                200.0,
                216.0,
                &["1\u{2013}2 / 3", "2\u{2013}3 / 3"],
            ),
            // One slide at a time.
            (3, 432.0, 200.0, 200.0, 216.0, &["1 / 3", "2 / 3", "3 / 3"]),
            // 7 slides, 3 in view.
            (
                7,
                864.0,
                648.0,
                200.0,
                216.0,
                &[
                    "1\u{2013}3 / 7",
                    "2\u{2013}4 / 7",
                    "3\u{2013}5 / 7",
                    "4\u{2013}6 / 7",
                    "5\u{2013}7 / 7",
                ],
            ),
            // 2 slides, 1.5 in view.
            (2, 100.0, 316.0, 200.0, 216.0, &["1 / 2", "2 / 2"]),
            // Rounding: a view a fraction of a pixel short of two whole slides shows two; two
            // pixels short, one.
            (
                3,
                200.0,
                415.2,
                200.0,
                216.0,
                &["1\u{2013}2 / 3", "2\u{2013}3 / 3"],
            ),
            (3, 232.0, 414.0, 200.0, 216.0, &["1 / 3", "2 / 3", "3 / 3"]),
        ];
        for (len, scroll, view, width, step, want) in table {
            let mut at = Carousel::new(len)
                .measured(scroll, step)
                .viewed(view, width, step);
            let mut seen = vec![position(at)];
            while at.can_next() {
                at = at.next();
                seen.push(position(at));
            }
            assert_eq!(seen, want, "{len} slides, {view}px");
        }
        // Nonsense measurements say one slide at a time.
        for (view, width, step) in [
            (f64::NAN, 200.0, 216.0),
            (100.0, 200.0, 216.0),
            (500.0, 200.0, 0.0),
        ] {
            let c = Carousel::new(3)
                .measured(400.0, 216.0)
                .viewed(view, width, step);
            assert_eq!(position(c), "1 / 3", "{view} {width} {step}");
        }
        assert_eq!(position(Carousel::new(0)), "0 / 0");
    }

    #[test]
    fn when_every_slide_fits_there_is_nothing_to_move() {
        for max_scroll in [0.0, 1.0, -3.0, f64::NAN] {
            let c = Carousel::new(3).measured(max_scroll, 200.0);
            assert!(c.fits() && !c.can_next() && !c.can_prev(), "{max_scroll}");
        }
        assert!(Carousel::new(3).measured(900.0, 0.0).fits());
        // Never more stops than slides, however far the track scrolls.
        let far = Carousel::new(3).measured(1e12, 1.0).go(usize::MAX);
        assert_eq!(far.index(), 2);
    }

    #[test]
    fn a_measurement_keeps_the_position_in_range() {
        let at_last = Carousel::new(5).go(4);
        assert_eq!(at_last.measured(300.0, 200.0).index(), 2);
    }

    #[test]
    fn scroll_offsets_snap_to_the_nearest_stop_in_both_directions() {
        let c = Carousel::new(3);
        assert_eq!(c.at_offset(0.0, 200.0).index(), 0);
        assert_eq!(c.at_offset(290.0, 200.0).index(), 1);
        assert_eq!(c.at_offset(-290.0, -200.0).index(), 1);
        assert_eq!(c.at_offset(10_000.0, 200.0).index(), 2);
        assert_eq!(c.at_offset(100.0, 0.0), c);
        assert_eq!(c.at_offset(f64::NAN, 200.0), c);
    }

    fn metrics(view: f64, scroll_left: f64) -> Metrics {
        // 3 slides of 200px, 216px apart.
        Metrics {
            view,
            scroll_width: 632.0,
            step: 216.0,
            slide: 200.0,
            scroll_left,
        }
    }

    #[test]
    fn a_button_heads_for_a_stop_and_scrolling_on_the_way_is_ignored() {
        let m = metrics(200.0, 0.0);
        let t = Track::new(3).apply(Action::Measured(m));
        assert_eq!((position(t.at), t.heading_to), ("1 / 3".to_owned(), None));
        let t = t.apply(Action::Go(Move::Next, m));
        assert_eq!((t.at.index(), t.heading_to), (1, Some(1)));
        // Two quick presses move two stops.
        let t = t.apply(Action::Go(Move::Next, m));
        assert_eq!((t.at.index(), t.heading_to), (2, Some(2)));
        // The smooth scroll passes stop 1: ignored.
        assert_eq!(t.apply(Action::Scrolled(metrics(200.0, 216.0))), t);
        // It arrives at the end.
        let arrived = t.apply(Action::Scrolled(metrics(200.0, 432.0)));
        assert_eq!(
            (position(arrived.at), arrived.heading_to),
            ("3 / 3".to_owned(), None)
        );
        // A reader's own scroll moves the readout.
        let back = arrived.apply(Action::Scrolled(metrics(200.0, -220.0)));
        assert_eq!(position(back.at), "2 / 3");
    }

    #[test]
    fn a_move_to_where_the_track_already_is_heads_nowhere() {
        // At the start, Home and "previous" move nothing; the reader's scroll then counts.
        let m = metrics(200.0, 0.0);
        let t = Track::new(3).apply(Action::Measured(m));
        for step in [Move::To(0), Move::Prev] {
            let still = t.apply(Action::Go(step, m));
            assert!(still.heading_to.is_none(), "{step:?}");
            let scrolled = still.apply(Action::Scrolled(metrics(200.0, 432.0)));
            assert_eq!(position(scrolled.at), "3 / 3", "{step:?}");
        }
        // At the end, "next" (its button says aria-disabled, but it is still a button).
        let end = metrics(200.0, 432.0);
        let at_end = t.apply(Action::Scrolled(end));
        let pressed = at_end.apply(Action::Go(Move::Next, end));
        assert!(pressed.heading_to.is_none());
        let back = pressed.apply(Action::Scrolled(metrics(200.0, 0.0)));
        assert_eq!(
            (position(back.at), back.at.can_prev()),
            ("1 / 3".to_owned(), false)
        );
        // Between stops, a move to the nearest one still scrolls there.
        let between = metrics(200.0, 100.0);
        assert!(t
            .apply(Action::Go(Move::To(0), between))
            .heading_to
            .is_some());
    }

    #[test]
    fn the_scroll_target_is_a_slide_edge_or_the_end() {
        let offsets = [0.0, 216.0, 432.0];
        let m = metrics(520.0, 0.0);
        let t = Track::new(3).apply(Action::Measured(m));
        assert_eq!(t.scroll_target(&offsets, m), None, "not heading anywhere");
        let next = t.apply(Action::Go(Move::Next, m));
        // 2.4 slides in view: the second stop is the end, 112px on.
        assert_eq!(next.scroll_target(&offsets, m), Some(112.0));
        assert_eq!(position(next.at), "2\u{2013}3 / 3");
        let rtl = Metrics { step: -216.0, ..m };
        assert_eq!(
            next.scroll_target(&[0.0, -216.0, -432.0], rtl),
            Some(-112.0)
        );
        // From the end, Home scrolls back to the start.
        let there = metrics(520.0, 112.0);
        let home = next.apply(Action::Go(Move::To(0), there));
        assert_eq!(home.scroll_target(&offsets, there), Some(0.0));
    }

    #[test]
    fn the_readout_guesses_a_wide_cards_second_slide_only_when_one_is_in_view() {
        let unmeasured = Carousel::new(3).readout();
        assert_eq!(
            unmeasured,
            Readout {
                first: 1,
                last: None,
                wide_last: Some(2),
                of: 3
            }
        );
        let wide = Carousel::new(3)
            .measured(200.0, 210.0)
            .viewed(520.0, 250.0, 260.0);
        assert_eq!(
            wide.readout(),
            Readout {
                first: 1,
                last: Some(2),
                wide_last: None,
                of: 3
            }
        );
        let end = Carousel::new(3).measured(400.0, 210.0).go(usize::MAX);
        assert_eq!(
            end.readout(),
            Readout {
                first: 3,
                last: None,
                wide_last: None,
                of: 3
            }
        );
    }
}
