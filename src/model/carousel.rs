//! The related-stories carousel as a pure state machine: which slide is current, and what the
//! previous/next buttons may do. The view only renders it and reports scrolling.

/// Position in a carousel of `len` slides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Carousel {
    len: usize,
    index: usize,
}

impl Carousel {
    /// A carousel at its first slide.
    pub fn new(len: usize) -> Carousel {
        Carousel { len, index: 0 }
    }

    /// The current slide (0 when empty).
    pub fn index(self) -> usize {
        self.index
    }

    pub fn can_prev(self) -> bool {
        self.index > 0
    }

    pub fn can_next(self) -> bool {
        self.index.saturating_add(1) < self.len
    }

    /// One slide back, staying at the first.
    pub fn prev(self) -> Carousel {
        self.go(self.index.saturating_sub(1))
    }

    /// One slide on, staying at the last.
    pub fn next(self) -> Carousel {
        self.go(self.index.saturating_add(1))
    }

    /// Slide `index`, clamped into range.
    pub fn go(self, index: usize) -> Carousel {
        Carousel {
            len: self.len,
            index: index.min(self.len.saturating_sub(1)),
        }
    }

    /// The slide nearest to a scroll offset, for slides `slide_width` apart (both in pixels).
    pub fn at_offset(self, offset: f64, slide_width: f64) -> Carousel {
        if slide_width.is_nan() || slide_width <= 0.0 || !offset.is_finite() {
            return self;
        }
        self.go((offset / slide_width).round().max(0.0) as usize)
    }

    /// "2 of 3", for the position readout.
    pub fn position(self) -> String {
        format!("{} of {}", self.index.saturating_add(1), self.len)
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
        assert_eq!(last.position(), "3 of 3");
    }

    #[test]
    fn empty_and_single_carousels_have_no_moves() {
        for len in [0, 1] {
            let c = Carousel::new(len);
            assert!(!c.can_prev() && !c.can_next());
            assert_eq!(c.next().index(), 0);
        }
    }

    #[test]
    fn scroll_offsets_snap_to_the_nearest_slide() {
        let c = Carousel::new(3);
        assert_eq!(c.at_offset(0.0, 200.0).index(), 0);
        assert_eq!(c.at_offset(290.0, 200.0).index(), 1);
        assert_eq!(c.at_offset(10_000.0, 200.0).index(), 2);
        assert_eq!(c.at_offset(-50.0, 200.0).index(), 0);
        assert_eq!(c.at_offset(100.0, 0.0), c);
        assert_eq!(c.at_offset(f64::NAN, 200.0), c);
    }
}
