#pragma once

#include <QString>

namespace concierge::auth {

// Argon2id password hashes (libsodium crypto_pwhash_str, "interactive" cost: ~64 MiB and well under 100 ms here).
// The hash string carries its own salt and parameters ("$argon2id$v=19$m=65536,t=2,p=1$...").
class PasswordHasher
{
public:
    PasswordHasher() = delete;

    // Empty on failure (out of memory).
    static QString hash(const QString &password);
    static bool verify(const QString &hash, const QString &password);
    // True when the hash was made with other parameters than today's: re-hash after a successful login.
    static bool needsRehash(const QString &hash);
};

} // namespace concierge::auth
