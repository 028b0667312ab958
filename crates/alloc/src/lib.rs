//! The allocator every Weerbaar binary uses, with its settings in one place, so that a
//! benchmark measures what the server does. A binary links it with
//! `weerbaar_alloc::return_freed_memory_at_once()` at the start of `main()`.
//!
//! mimalloc: builder pages allocate many short-lived strings from several threads; glibc
//! malloc spent a fifth of the CPU there and kept freed memory in per-thread arenas.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Options of mimalloc 3 by their place in its `mi_option_e` (libmimalloc-sys has no
/// names for them); a test checks the layout against mimalloc's options.c.
const MI_OPTION_ARENA_EAGER_COMMIT: libmimalloc_sys::mi_option_t = 4;
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Commit the allocator's arenas page by page. Committed up front, Linux backs them with
/// transparent huge pages, which kept about 20 MB more resident in an idle server for no
/// measurable speed (and 60 MB more at the peak of a PDF render). It must be set before
/// the first allocation, which makes the arena.
fn commit_arenas_page_by_page() {
    // SAFETY: sets one integer option of the allocator; no pointers involved.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_ARENA_EAGER_COMMIT, 0) }
}

/// Runs before main(), whose runtime has already allocated by then. Elsewhere
/// `return_freed_memory_at_once` sets the option, later than it should.
#[cfg(target_os = "linux")]
#[used]
#[unsafe(link_section = ".init_array")]
static BEFORE_THE_FIRST_ALLOCATION: extern "C" fn() = {
    extern "C" fn set() {
        commit_arenas_page_by_page();
    }
    set
};

/// Give freed memory back to the system at once instead of after a second. (Set before
/// the first allocation as well, it cost a quarter of the dashboard's requests/s.) Call
/// it first thing in `main()`.
pub fn return_freed_memory_at_once() {
    #[cfg(not(target_os = "linux"))]
    commit_arenas_page_by_page();
    // SAFETY: sets one integer option of the allocator; no pointers involved.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0) }
}

/// Whether the settings are in force: arenas committed page by page, freed memory given
/// back at once. A binary can check it at start (the benchmarks do).
pub fn configured() -> bool {
    // SAFETY: reads integer options.
    let get = |o| unsafe { libmimalloc_sys::mi_option_get(o) };
    get(MI_OPTION_ARENA_EAGER_COMMIT) == 0 && get(MI_OPTION_PURGE_DELAY) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_are_the_ones_mimalloc_documents() {
        // SAFETY: reads integer options.
        let get = |o| unsafe { libmimalloc_sys::mi_option_get(o) };
        #[cfg(not(target_os = "linux"))]
        commit_arenas_page_by_page();
        assert_eq!(get(MI_OPTION_ARENA_EAGER_COMMIT), 0, "set before main");
        assert_eq!(get(MI_OPTION_PURGE_DELAY), 1000, "mimalloc 3's default purge delay");
        assert!(!configured());
        return_freed_memory_at_once();
        assert_eq!(get(MI_OPTION_PURGE_DELAY), 0);
        assert!(configured());
        // The enum is laid out as we count: os_tag, max_errors and max_warnings follow
        // purge_delay with their documented defaults.
        assert_eq!((get(18), get(19), get(20)), (100, 32, 32));
    }
}
