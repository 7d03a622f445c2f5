#pragma once

namespace concierge::heap {

// Bounded memory (issue 14). glibc keeps the heap it freed: a process that handled a backlog would stay at its peak
// size, and the lists a drain allocates and frees (windows of thousands of rows, made on the database thread and freed
// on the main one) fragment the heap so that its size creeps up with the messages handled, not with what is held.

// Once per process, before the work starts: blocks of 256 KB and more (a window of rows, a large reply) are mapped
// apart and unmapped when freed, rather than left in the heap (glibc would otherwise raise this threshold as large
// blocks are freed, up to 32 MB). No-op outside glibc.
void configure();

// Hands the free pages of every arena back to the system (malloc_trim). Costs a walk of the free lists: call it at
// most every few seconds, while a drain goes on and after it. No-op outside glibc.
void trim();

} // namespace concierge::heap
