#pragma once

namespace concierge {

// Names the calling thread for the system (top -H, perf, /proc/<pid>/task/*/comm), so that an admin or a profile
// tells the database thread from the server's. Linux keeps the first 15 characters.
void nameThisThread(const char *name);

} // namespace concierge
