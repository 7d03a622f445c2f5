#include "auth/JwtService.h"

#include "auth/Sodium.h"
#include "core/Log.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <jwt.h>
#include <sodium.h>

#include <cerrno>
#include <cstdlib>
#include <memory>

namespace concierge::auth {

namespace {

struct JwtDeleter
{
    void operator()(jwt_t *jwt) const { jwt_free(jwt); }
};
using JwtPtr = std::unique_ptr<jwt_t, JwtDeleter>;

Error jwtError(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message};
}

// One base64url JSON object segment of a token, or nullopt.
std::optional<QJsonObject> decodeSegment(const QByteArray &segment)
{
    const auto decoded = QByteArray::fromBase64Encoding(segment, QByteArray::Base64UrlEncoding |
                                                                     QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

JwtService::JwtService(QByteArray secret, int expireMinutes)
    : m_secret(std::move(secret))
    , m_expireMinutes(expireMinutes)
    , m_clock(&QDateTime::currentDateTimeUtc)
{
}

Result<QString> JwtService::issue(const QString &subject, const QString &role) const
{
    if (m_secret.isEmpty())
        return jwtError("jwt_no_secret", QStringLiteral("no JWT secret configured"));
    jwt_t *raw = nullptr;
    if (jwt_new(&raw) != 0)
        return jwtError("jwt_issue_failed", QStringLiteral("jwt_new failed"));
    const JwtPtr jwt(raw);
    const qint64 now = m_clock().toSecsSinceEpoch();
    const qint64 expires = now + qint64(m_expireMinutes) * 60;
    const auto key = reinterpret_cast<const unsigned char *>(m_secret.constData());
    const bool ok = jwt_add_grant(raw, "sub", subject.toUtf8().constData()) == 0 &&
                    jwt_add_grant(raw, "role", role.toUtf8().constData()) == 0 &&
                    jwt_add_grant_int(raw, "iat", long(now)) == 0 &&
                    jwt_add_grant_int(raw, "exp", long(expires)) == 0 &&
                    jwt_add_grant(raw, "jti", randomToken(16).toLatin1().constData()) == 0 &&
                    jwt_set_alg(raw, JWT_ALG_HS256, key, int(m_secret.size())) == 0;
    if (!ok)
        return jwtError("jwt_issue_failed", QStringLiteral("cannot build the token"));
    char *encoded = jwt_encode_str(raw);
    if (!encoded)
        return jwtError("jwt_issue_failed", QStringLiteral("cannot encode the token"));
    QString token = QString::fromLatin1(encoded);
    free(encoded); // allocated by libjwt with malloc (1.10 has no jwt_free_str)
    return token;
}

Result<JwtClaims> JwtService::verify(const QString &token) const
{
    const QByteArray bytes = token.toLatin1();
    const QList<QByteArray> parts = bytes.split('.');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty())
        return jwtError("jwt_malformed", QStringLiteral("not a JWT"));
    const auto header = decodeSegment(parts[0]);
    if (!header || !decodeSegment(parts[1]))
        return jwtError("jwt_malformed", QStringLiteral("undecodable header or payload"));
    if (header->value(u"alg").toString() != u"HS256")
        return jwtError("jwt_bad_algorithm", QStringLiteral("only HS256 tokens are accepted"));
    if (parts[2].isEmpty() || m_secret.isEmpty())
        return jwtError("jwt_bad_signature", QStringLiteral("missing signature"));

    jwt_t *raw = nullptr;
    const auto key = reinterpret_cast<const unsigned char *>(m_secret.constData());
    if (jwt_decode(&raw, bytes.constData(), key, int(m_secret.size())) != 0 || !raw)
        return jwtError("jwt_bad_signature", QStringLiteral("signature check failed"));
    const JwtPtr jwt(raw);
    if (jwt_get_alg(raw) != JWT_ALG_HS256)
        return jwtError("jwt_bad_algorithm", QStringLiteral("only HS256 tokens are accepted"));

    const char *subject = jwt_get_grant(raw, "sub");
    const char *role = jwt_get_grant(raw, "role");
    errno = 0;
    const long expires = jwt_get_grant_int(raw, "exp");
    if (!subject || !role || errno != 0)
        return jwtError("jwt_missing_claims", QStringLiteral("sub, role and exp are required"));
    // libjwt 1.10 does not check exp: we do, with no leeway (tokens are issued by this same process).
    if (m_clock().toSecsSinceEpoch() >= qint64(expires))
        return jwtError("jwt_expired", QStringLiteral("token expired"));
    if (isDisabled(QString::fromUtf8(subject)))
        return jwtError("account_disabled", QStringLiteral("this account is disabled"));
    return JwtClaims{QString::fromUtf8(subject), QString::fromUtf8(role),
                     QDateTime::fromSecsSinceEpoch(expires, Qt::UTC)};
}

void JwtService::setDisabled(const QString &subject, bool disabled)
{
    QMutexLocker lock(&m_mutex);
    if (disabled)
        m_disabled.insert(subject);
    else
        m_disabled.remove(subject);
}

bool JwtService::isDisabled(const QString &subject) const
{
    QMutexLocker lock(&m_mutex);
    return m_disabled.contains(subject);
}

QString JwtService::randomToken(int bytes)
{
    if (!ensureSodium())
        qFatal("libsodium cannot start: no secure random source");
    QByteArray buffer(qMax(bytes, 1), Qt::Uninitialized);
    randombytes_buf(buffer.data(), size_t(buffer.size()));
    const QString token = QString::fromLatin1(buffer.toHex());
    sodium_memzero(buffer.data(), size_t(buffer.size()));
    return token;
}

} // namespace concierge::auth
