#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>

namespace concierge::auth {

struct JwtClaims
{
    QString subject;
    QString role;
    QDateTime expiresAt; // UTC
};

// HS256 session tokens for the console and the API (libjwt 1.10). Only HS256 is accepted when verifying: the
// header's "alg" is checked before libjwt sees the token, so "none" or an asymmetric alg cannot slip through.
// Verification error codes: "jwt_malformed", "jwt_bad_algorithm", "jwt_bad_signature", "jwt_expired",
// "jwt_missing_claims". Issuing: "jwt_no_secret", "jwt_issue_failed".
class JwtService
{
public:
    using Clock = std::function<QDateTime()>;

    JwtService(QByteArray secret, int expireMinutes);

    Result<QString> issue(const QString &subject, const QString &role) const;
    Result<JwtClaims> verify(const QString &token) const;

    int expireMinutes() const { return m_expireMinutes; }
    // Tests move time; defaults to QDateTime::currentDateTimeUtc.
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // `bytes` random bytes from libsodium as lowercase hex (2 * bytes characters): webhook tokens, JWT secrets.
    static QString randomToken(int bytes = 32);

private:
    QByteArray m_secret;
    int m_expireMinutes;
    Clock m_clock;
};

} // namespace concierge::auth
