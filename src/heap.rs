//! The wasm's memory allocator: segregated free lists of power-of-two blocks.
//!
//! Rust's default allocator for wasm32 (dlmalloc) is about 5 KB of the wasm, 2 KB of the
//! brotli bundle. The card needs far less: it runs on one thread, its blocks are small and
//! short-lived (Yew's virtual DOM, strings, the article being converted), and wasm memory can
//! only grow. So every request is rounded up to a power of two (16 bytes at least) and served
//! from that size's free list, or else cut from the end of the memory, which grows a page at a
//! time as needed. A freed block goes back on its size's list, to serve the next request of
//! that size: allocating and freeing in a loop keeps the memory flat. Each operation is a few
//! instructions; the cost is up to half of a block unused, within the memory budget
//! (BENCHMARKS.md measures it per card).
//!
//! [`Heap`] is the allocator over any source of pages, tested natively; [`Allocator`] is the
//! wasm's global allocator, with `memory.grow` as that source.

use core::alloc::Layout;
use core::ptr;

/// Bytes in a wasm page: memory grows by whole pages.
pub const PAGE: usize = 65_536;

/// The smallest block (2^4 = 16 bytes): room for the free list's link, and the alignment of
/// anything up to 16 bytes.
const MIN_SHIFT: u32 = 4;

/// Block sizes from 2^4 to 2^31 bytes.
const CLASSES: usize = 28;

/// The largest alignment served. Every block is cut at an address that is a multiple of its
/// size or of this, whichever is smaller, so any request whose alignment is at most its
/// rounded size fits any free block of its class. Nothing in the card asks for more than 16.
const MAX_ALIGN: usize = 64;

/// The allocator's state: a free list per block size, and the part of the last pages grown not
/// cut into blocks yet (`cursor` to `end`).
pub struct Heap {
    free: [*mut u8; CLASSES],
    cursor: *mut u8,
    end: *mut u8,
}

/// The class of the block that serves `layout` (its size is `16 << class`), if one can.
fn class(layout: Layout) -> Option<usize> {
    if layout.align() > MAX_ALIGN {
        return None;
    }
    // A block is aligned to its own size (up to `MAX_ALIGN`): a request aligned more than it is
    // long takes a block as large as its alignment.
    let size = layout
        .size()
        .max(layout.align())
        .max(1 << MIN_SHIFT)
        .checked_next_power_of_two()?;
    let class = size.trailing_zeros().checked_sub(MIN_SHIFT)?;
    usize::try_from(class).ok().filter(|&c| c < CLASSES)
}

/// The size of a block of `class`.
fn block_size(class: usize) -> usize {
    (1usize << MIN_SHIFT).wrapping_shl(class as u32)
}

impl Heap {
    pub const fn new() -> Heap {
        Heap {
            free: [ptr::null_mut(); CLASSES],
            cursor: ptr::null_mut(),
            end: ptr::null_mut(),
        }
    }

    /// A block for `layout`, or null when there is no memory for it (or its alignment is over
    /// 64 bytes). `grow(pages)` adds `pages` pages of memory and returns their start, or
    /// `None` when memory cannot grow.
    ///
    /// # Safety
    ///
    /// What `grow` returns must be the start of `pages × PAGE` bytes of writable memory that
    /// nothing else uses, and stay so.
    pub unsafe fn alloc(
        &mut self,
        layout: Layout,
        mut grow: impl FnMut(usize) -> Option<*mut u8>,
    ) -> *mut u8 {
        let Some(class) = class(layout) else {
            return ptr::null_mut();
        };
        let Some(head) = self.free.get_mut(class) else {
            return ptr::null_mut();
        };
        if !head.is_null() {
            let block = *head;
            // SAFETY: a free block holds the next free block of its list in its first bytes,
            // written by `dealloc`; blocks are at least 16 bytes, aligned to at least 16.
            *head = unsafe { block.cast::<*mut u8>().read() };
            return block;
        }
        let size = block_size(class);
        let align = size.min(MAX_ALIGN);
        let fits = |cursor: *mut u8, end: *mut u8| {
            let start = cursor.wrapping_add(padding(cursor, align));
            let room = (end as usize).checked_sub(start as usize)?;
            (room >= size && !cursor.is_null()).then_some(start)
        };
        let mut start = fits(self.cursor, self.end);
        if start.is_none() {
            // New pages come right after the current ones: only what is missing is grown.
            let missing = if self.cursor.is_null() {
                size
            } else {
                (self.cursor as usize)
                    .saturating_add(padding(self.cursor, align))
                    .saturating_add(size)
                    .saturating_sub(self.end as usize)
            };
            start = self
                .grow(missing, &mut grow)
                .and_then(|()| fits(self.cursor, self.end));
        }
        if start.is_none() {
            // Pages elsewhere (another user of the memory grew it in between) start afresh,
            // page-aligned: a block's own size in pages is enough there.
            start = self
                .grow(size, &mut grow)
                .and_then(|()| fits(self.cursor, self.end));
        }
        let Some(start) = start else {
            return ptr::null_mut();
        };
        self.cursor = start.wrapping_add(size);
        start
    }

    /// Adds pages for at least `bytes` more; `None` when memory cannot grow.
    fn grow(
        &mut self,
        bytes: usize,
        grow: &mut impl FnMut(usize) -> Option<*mut u8>,
    ) -> Option<()> {
        let pages = bytes.div_ceil(PAGE).max(1);
        let base = grow(pages)?;
        if base != self.end || self.cursor.is_null() {
            self.cursor = base;
        }
        self.end = base.wrapping_add(pages.checked_mul(PAGE)?);
        Some(())
    }

    /// Gives back a block that `alloc` returned for `layout`.
    ///
    /// # Safety
    ///
    /// `block` came from [`Heap::alloc`] of this heap with the same `layout`, and is not used
    /// again.
    pub unsafe fn dealloc(&mut self, block: *mut u8, layout: Layout) {
        if let Some(head) = class(layout).and_then(|c| self.free.get_mut(c)) {
            // SAFETY: the block is ours again, at least 16 bytes and aligned to 16.
            unsafe { block.cast::<*mut u8>().write(*head) };
            *head = block;
        }
    }

    /// Whether a block for `old` also serves `new`: the same size of block.
    pub fn same_block(old: Layout, new: Layout) -> bool {
        class(old).is_some() && class(old) == class(new)
    }

    /// `block` (from `alloc` for `layout`) resized to `new_size` bytes: the same block when its
    /// size serves, else a new one with the contents copied and the old one given back; null
    /// (and `block` untouched) when there is no memory for it.
    ///
    /// # Safety
    ///
    /// As [`Heap::alloc`] for `grow`, and as [`Heap::dealloc`] for `block` and `layout`.
    pub unsafe fn realloc(
        &mut self,
        block: *mut u8,
        layout: Layout,
        new_size: usize,
        grow: impl FnMut(usize) -> Option<*mut u8>,
    ) -> *mut u8 {
        let Ok(new) = Layout::from_size_align(new_size, layout.align()) else {
            return ptr::null_mut();
        };
        if Heap::same_block(layout, new) {
            return block;
        }
        // SAFETY: a new block, the old contents copied (the smaller of the two sizes), the old
        // block given back: the caller's promises are those of `alloc` and `dealloc`.
        unsafe {
            let moved = self.alloc(new, grow);
            if !moved.is_null() {
                ptr::copy_nonoverlapping(block, moved, layout.size().min(new_size));
                self.dealloc(block, layout);
            }
            moved
        }
    }
}

impl Default for Heap {
    fn default() -> Heap {
        Heap::new()
    }
}

/// Bytes from `at` to the next multiple of `align` (a power of two).
fn padding(at: *mut u8, align: usize) -> usize {
    (at as usize).wrapping_neg() & align.wrapping_sub(1)
}

/// The wasm's global allocator, installed in `lib.rs` for every wasm32 build: the release
/// bundle and the browser tests run on the same allocator.
#[cfg(target_arch = "wasm32")]
pub struct Allocator(core::cell::UnsafeCell<Heap>);

// `Allocator` is one heap with no lock: sound only where there is one thread.
#[cfg(all(target_arch = "wasm32", target_feature = "atomics"))]
compile_error!("heap::Allocator has no lock: build the wasm without the `atomics` target feature, or give it one");

// SAFETY: the widget's wasm is built without threads (no `atomics` target feature: checked
// above), so one thread at a time is the only thread there is.
#[cfg(target_arch = "wasm32")]
unsafe impl Sync for Allocator {}

#[cfg(target_arch = "wasm32")]
impl Allocator {
    pub const fn new() -> Allocator {
        Allocator(core::cell::UnsafeCell::new(Heap::new()))
    }

    #[allow(clippy::mut_from_ref)]
    fn heap(&self) -> &mut Heap {
        // SAFETY: single-threaded (see `Sync` above), and no call below re-enters the
        // allocator while it holds this reference.
        unsafe { &mut *self.0.get() }
    }
}

#[cfg(target_arch = "wasm32")]
impl Default for Allocator {
    fn default() -> Allocator {
        Allocator::new()
    }
}

#[cfg(target_arch = "wasm32")]
unsafe impl core::alloc::GlobalAlloc for Allocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: `memory.grow` returns where the new pages start, which nothing else uses.
        unsafe { self.heap().alloc(layout, grow_memory) }
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        // SAFETY: the caller's promise (`GlobalAlloc::dealloc`) is `Heap::dealloc`'s.
        unsafe { self.heap().dealloc(block, layout) }
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's promises (`GlobalAlloc::realloc`) are `Heap::realloc`'s.
        unsafe { self.heap().realloc(block, layout, new_size, grow_memory) }
    }
}

/// Grows the wasm's memory by `pages`; where they start, or `None` when it cannot grow. Pages
/// another user of the memory grew in between (wasm-bindgen's glue, a debugger) lie before
/// these: `Heap` then starts afresh at the new ones.
#[cfg(target_arch = "wasm32")]
fn grow_memory(pages: usize) -> Option<*mut u8> {
    let before = core::arch::wasm32::memory_grow(0, pages);
    (before != usize::MAX).then(|| before.wrapping_mul(PAGE) as *mut u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `pages` pages of test memory, aligned to a page, handed out a few at a time.
    struct Memory {
        base: *mut u8,
        pages: usize,
        used: usize,
    }

    impl Memory {
        fn new(pages: usize) -> Memory {
            let layout = Layout::from_size_align(pages * PAGE, PAGE).unwrap();
            let base = unsafe { std::alloc::alloc_zeroed(layout) };
            assert!(!base.is_null());
            Memory {
                base,
                pages,
                used: 0,
            }
        }

        fn grow(&mut self, pages: usize) -> Option<*mut u8> {
            if self.used + pages > self.pages {
                return None;
            }
            let start = self.base.wrapping_add(self.used * PAGE);
            self.used += pages;
            Some(start)
        }
    }

    impl Drop for Memory {
        fn drop(&mut self) {
            let layout = Layout::from_size_align(self.pages * PAGE, PAGE).unwrap();
            unsafe { std::alloc::dealloc(self.base, layout) };
        }
    }

    fn layout(size: usize, align: usize) -> Layout {
        Layout::from_size_align(size, align).unwrap()
    }

    #[test]
    fn requests_round_up_to_a_power_of_two() {
        for (size, align, block) in [
            (1, 1, Some(16)),
            (16, 8, Some(16)),
            (17, 1, Some(32)),
            (24, 8, Some(32)),
            (100, 4, Some(128)),
            (4, 16, Some(16)),
            (4, 32, Some(32)),
            (40, 64, Some(64)),
            (4, 128, None),
            (65_536, 8, Some(65_536)),
            (1 << 31, 1, Some(1 << 31)),
            ((1 << 31) + 1, 1, None),
        ] {
            assert_eq!(
                class(layout(size, align)).map(block_size),
                block,
                "{size}/{align}"
            );
        }
    }

    /// A deterministic mix of sizes and alignments, allocated, filled, checked and freed in a
    /// shuffled order, as a page's cards do.
    #[test]
    fn blocks_never_overlap_and_keep_their_contents() {
        let mut memory = Memory::new(64);
        let mut heap = Heap::new();
        let mut seed = 0x2545_F491_u32;
        let mut random = move |n: u32| {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed % n
        };
        let mut live: Vec<(*mut u8, Layout, u8)> = Vec::new();
        for round in 0..20_000u32 {
            if live.len() > 300 || (!live.is_empty() && random(3) == 0) {
                let (block, layout, fill) = live.swap_remove(random(live.len() as u32) as usize);
                let bytes = unsafe { std::slice::from_raw_parts(block, layout.size()) };
                assert!(
                    bytes.iter().all(|&b| b == fill),
                    "block changed under its owner"
                );
                unsafe { heap.dealloc(block, layout) };
                continue;
            }
            let size = match random(10) {
                0 => 1 + random(4000) as usize,
                _ => 1 + random(120) as usize,
            };
            let align = 1 << random(7);
            let layout = layout(size, align);
            let block = unsafe { heap.alloc(layout, |p| memory.grow(p)) };
            assert!(!block.is_null());
            assert_eq!(block as usize % align, 0, "aligned to {align}");
            let fill = (round % 251) as u8;
            unsafe { ptr::write_bytes(block, fill, size) };
            live.push((block, layout, fill));
        }
        for &(block, layout, fill) in &live {
            let bytes = unsafe { std::slice::from_raw_parts(block, layout.size()) };
            assert!(bytes.iter().all(|&b| b == fill));
        }
    }

    #[test]
    fn freed_blocks_are_reused_so_memory_stays_flat() {
        let mut memory = Memory::new(8);
        let mut heap = Heap::new();
        let sizes = [24, 100, 300, 2_000, 9_000];
        for _ in 0..10_000 {
            let blocks: Vec<_> = sizes
                .iter()
                .map(|&s| (unsafe { heap.alloc(layout(s, 8), |p| memory.grow(p)) }, s))
                .collect();
            for (block, size) in blocks {
                assert!(!block.is_null());
                unsafe { heap.dealloc(block, layout(size, 8)) };
            }
        }
        assert_eq!(memory.used, 1, "one page serves the loop");
    }

    #[test]
    fn new_pages_continue_the_old_ones() {
        let mut memory = Memory::new(4);
        let mut heap = Heap::new();
        // Three 40 KB blocks (64 KB each) in three pages, not one page each plus waste.
        for _ in 0..3 {
            let block = unsafe { heap.alloc(layout(40_000, 8), |p| memory.grow(p)) };
            assert!(!block.is_null());
        }
        assert_eq!(memory.used, 3);
        // Two 16-byte blocks sit side by side.
        let a = unsafe { heap.alloc(layout(8, 8), |p| memory.grow(p)) };
        let b = unsafe { heap.alloc(layout(8, 8), |p| memory.grow(p)) };
        assert_eq!(b as usize - a as usize, 16);
    }

    #[test]
    fn no_memory_is_a_null_block_not_a_panic() {
        let mut memory = Memory::new(2);
        let mut heap = Heap::new();
        let big = unsafe { heap.alloc(layout(3 * PAGE, 8), |p| memory.grow(p)) };
        assert!(big.is_null());
        let huge = unsafe { heap.alloc(layout(usize::MAX / 4, 8), |p| memory.grow(p)) };
        assert!(huge.is_null());
        let over_aligned = unsafe { heap.alloc(layout(8, 128), |p| memory.grow(p)) };
        assert!(over_aligned.is_null());
        // What does fit still comes.
        let small = unsafe { heap.alloc(layout(64, 8), |p| memory.grow(p)) };
        assert!(!small.is_null());
    }

    #[test]
    fn realloc_keeps_the_block_within_its_size_and_moves_the_contents_past_it() {
        let mut memory = Memory::new(8);
        let mut heap = Heap::new();
        let block = unsafe { heap.alloc(layout(20, 8), |p| memory.grow(p)) };
        unsafe { ptr::write_bytes(block, 7, 20) };
        // 20 -> 30 bytes: the same 32-byte block.
        let same = unsafe { heap.realloc(block, layout(20, 8), 30, |p| memory.grow(p)) };
        assert_eq!(same, block);
        // 30 -> 1,000 bytes: a new block, the first 30 bytes copied.
        let moved = unsafe { heap.realloc(same, layout(30, 8), 1_000, |p| memory.grow(p)) };
        assert!(!moved.is_null() && moved != block);
        let bytes = unsafe { std::slice::from_raw_parts(moved, 30) };
        assert!(
            bytes[..20].iter().all(|&b| b == 7),
            "the contents came along"
        );
        // The old block was given back: the next 32-byte block is it.
        assert_eq!(
            unsafe { heap.alloc(layout(32, 8), |p| memory.grow(p)) },
            block
        );
        // 1,000 -> 10 bytes: a smaller block, the first 10 bytes copied.
        unsafe { ptr::write_bytes(moved, 9, 10) };
        let shrunk = unsafe { heap.realloc(moved, layout(1_000, 8), 10, |p| memory.grow(p)) };
        assert!(!shrunk.is_null() && shrunk != moved);
        let bytes = unsafe { std::slice::from_raw_parts(shrunk, 10) };
        assert!(bytes.iter().all(|&b| b == 9));
    }

    #[test]
    fn realloc_without_memory_is_null_and_leaves_the_block() {
        let mut memory = Memory::new(1);
        let mut heap = Heap::new();
        let block = unsafe { heap.alloc(layout(100, 8), |p| memory.grow(p)) };
        unsafe { ptr::write_bytes(block, 3, 100) };
        let bigger = unsafe { heap.realloc(block, layout(100, 8), 2 * PAGE, |p| memory.grow(p)) };
        assert!(bigger.is_null());
        let bytes = unsafe { std::slice::from_raw_parts(block, 100) };
        assert!(
            bytes.iter().all(|&b| b == 3),
            "the old block is still the caller's"
        );
        let bad = unsafe { heap.realloc(block, layout(100, 8), usize::MAX, |p| memory.grow(p)) };
        assert!(bad.is_null(), "a size no layout can have");
    }

    #[test]
    fn pages_grown_by_someone_else_are_never_handed_out() {
        let mut memory = Memory::new(8);
        let mut heap = Heap::new();
        let first = unsafe { heap.alloc(layout(40_000, 8), |p| memory.grow(p)) };
        assert!(!first.is_null());
        // Another user of the memory grows it by a page, which it fills.
        let foreign = memory.grow(1).unwrap();
        unsafe { ptr::write_bytes(foreign, 0xEE, PAGE) };
        // A block that no longer fits the first page comes from pages after the foreign one.
        let mut blocks = Vec::new();
        for _ in 0..4 {
            let block = unsafe { heap.alloc(layout(30_000, 8), |p| memory.grow(p)) };
            assert!(!block.is_null());
            let (start, end) = (block as usize, block as usize + 30_000);
            let (taken, taken_end) = (foreign as usize, foreign as usize + PAGE);
            assert!(
                end <= taken || start >= taken_end,
                "a block inside the foreign page"
            );
            unsafe { ptr::write_bytes(block, 0x11, 30_000) };
            blocks.push(block);
        }
        let bytes = unsafe { std::slice::from_raw_parts(foreign, PAGE) };
        assert!(
            bytes.iter().all(|&b| b == 0xEE),
            "the foreign page is untouched"
        );
    }

    #[test]
    fn a_block_serves_a_new_size_in_its_class() {
        assert!(Heap::same_block(layout(20, 8), layout(32, 8)));
        assert!(!Heap::same_block(layout(32, 8), layout(33, 8)));
        assert!(!Heap::same_block(layout(8, 128), layout(8, 128)));
    }
}
