#pragma once

namespace concierge::auth {

// Initialises libsodium once per process (thread-safe); false if the library cannot start (no entropy source).
bool ensureSodium();

} // namespace concierge::auth
