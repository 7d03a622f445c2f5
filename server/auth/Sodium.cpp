#include "auth/Sodium.h"

#include <sodium.h>

namespace concierge::auth {

bool ensureSodium()
{
    // sodium_init() is itself idempotent, but a function-local static spares the call on every hash.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace concierge::auth
