#include "auth/PasswordHasher.h"

#include "auth/Sodium.h"
#include "core/Log.h"

#include <sodium.h>

namespace concierge::auth {

QString PasswordHasher::hash(const QString &password)
{
    if (!ensureSodium())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        qCWarning(lcAuth) << "Password hashing failed (out of memory)";
        return {};
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password)
{
    if (!ensureSodium())
        return false;
    const QByteArray encoded = hash.toLatin1();
    if (encoded.isEmpty() || encoded.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(encoded.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString &hash)
{
    if (!ensureSodium())
        return true;
    const QByteArray encoded = hash.toLatin1();
    if (encoded.isEmpty() || encoded.size() >= crypto_pwhash_STRBYTES)
        return true;
    // Non-zero: other parameters (1) or not a valid hash (-1).
    return crypto_pwhash_str_needs_rehash(encoded.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0;
}

} // namespace concierge::auth
