//! The related-stories carousel as a pure state machine: which stop the track is at, what the
//! previous/next buttons may do, and the position readout. The view renders it, measures the
//! track, and reports scrolling.
//!
//! A carousel of `len` slides has `stops` places the track can scroll to: one per slide while
//! later slides are hidden, and the end, where the last slides all show at once. When every
//! slide fits there is one stop, and no buttons or readout. At the end the readout says the
//! last slide ("5 / 5"), so it is right at both ends.

use crate::model::text::decimal;

/// Position in a carousel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Carousel {
    len: usize,
    stops: usize,
    index: usize,
}

impl Carousel {
    /// A carousel of `len` slides at its first stop, before it is measured (a stop per slide).
    pub fn new(len: usize) -> Carousel {
        Carousel {
            len,
            stops: len.max(1),
            index: 0,
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
            len: self.len,
            stops,
            index: self.index.min(stops.saturating_sub(1)),
        }
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

    /// The slide a reader is at, counted from 1: the last one at the end.
    pub fn shown(self) -> usize {
        if self.at_end() {
            self.len
        } else {
            self.index.saturating_add(1)
        }
    }

    /// "2 / 5", for the position readout (the same in every language).
    pub fn position(self) -> String {
        [
            decimal(self.shown() as u64),
            " / ".to_owned(),
            decimal(self.len as u64),
        ]
        .concat()
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
        let readouts: Vec<usize> = [c, c.next(), c.next().next(), c.go(usize::MAX)]
            .iter()
            .map(|c| c.shown())
            .collect();
        assert_eq!(readouts, [1, 2, 3, 5]);
        let end = c.go(usize::MAX);
        assert!(!end.can_next() && end.next() == end);
        assert_eq!(end.prev().shown(), 3);
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
