#pragma once

namespace carbonlabel {

// Process-wide settings of the C library's allocator for short command-line runs.
class MallocTuning
{
public:
    // glibc gives memory back to the system as soon as 128 kB lie free at the top of the heap,
    // and serves each block above its mmap threshold with a mapping of its own; writing a PDF
    // allocates and frees buffers of that size, so every label paid ~140 page faults. Keeping
    // freed memory (up to 256 MiB) and serving blocks under 32 MiB from the heap leaves ~2.
    // No effect on other C libraries. For carbonlabel-cli and the benchmarks that measure it;
    // the window, which lives for hours, keeps the defaults.
    static void keepFreedMemory();
};

} // namespace carbonlabel
