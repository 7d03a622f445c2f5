#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QMutex>
#include <QSet>
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
// "jwt_missing_claims", "account_disabled" (the subject was disabled after the token was issued). Issuing:
// "jwt_no_secret", "jwt_issue_failed".
class JwtService
{
public:
    using Clock = std::function<QDateTime()>;

    JwtService(QByteArray secret, int expireMinutes);

    Result<QString> issue(const QString &subject, const QString &role) const;
    Result<JwtClaims> verify(const QString &token) const;

    int expireMinutes() const { return m_expireMinutes; }
    // Disabled accounts: their tokens are refused at the next request, without a database lookup per request (the
    // server loads the set at start and updates it when an admin disables or enables an agent).
    void setDisabled(const QString &subject, bool disabled);
    bool isDisabled(const QString &subject) const;
    // Tests move time; defaults to QDateTime::currentDateTimeUtc.
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // `bytes` random bytes from libsodium as lowercase hex (2 * bytes characters): webhook tokens, JWT secrets.
    static QString randomToken(int bytes = 32);

private:
    QByteArray m_secret;
    int m_expireMinutes;
    Clock m_clock;
    mutable QMutex m_mutex; // verify() may run in another thread than setDisabled()
    QSet<QString> m_disabled;
};

} // namespace concierge::auth
