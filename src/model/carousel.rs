//! The related-stories carousel as a pure state machine: which stop the track is at, what the
//! previous/next buttons may do, and the position readout. The view renders it, measures the
//! track, and reports scrolling.
//!
//! A carousel of `len` slides has `stops` places the track can scroll to: one per slide while
//! later slides are hidden, and the end, where the last slides all show at once. When every
//! slide fits there is one stop, and no buttons or readout. The readout says which slides are
//! wholly in view: "2 / 5" when one is, "2–3 / 5" when two are, and at the end the last ones
//! ("4–5 / 5"), so a reader who pressed "next" once never hears a slide that is not in view.

use crate::model::text::decimal;

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

    /// "2 / 5", or "2–3 / 5" when two slides are in view, for the position readout (the same
    /// in every language).
    pub fn position(self) -> String {
        let (first, last) = self.shown();
        let mut text = decimal(first as u64);
        if last > first {
            text.push('\u{2013}');
            text.push_str(&decimal(last as u64));
        }
        [text, " / ".to_owned(), decimal(self.len as u64)].concat()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buttons_stop_at_the_ends() {
        let c = Carousel::new(3);
        assert!(!c.can_prev() && c.can_next());
        assert_eq!(c.prev().index(), 0);
        let last = c.next().next().next();
        assert_eq!(last.index(), 2);
        assert!(last.can_prev() && !last.can_next());
        assert_eq!(last.position(), "3 / 3");
        assert_eq!(c.position(), "1 / 3");
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
            let mut seen = vec![at.position()];
            while at.can_next() {
                at = at.next();
                seen.push(at.position());
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
            assert_eq!(c.position(), "1 / 3", "{view} {width} {step}");
        }
        assert_eq!(Carousel::new(0).position(), "0 / 0");
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
}
