#include "api/WebhookAuth.h"

#include <QMessageAuthenticationCode>

namespace concierge::api {

WebhookAuth::WebhookAuth(QByteArray token, QByteArray hmacKey)
    : m_token(std::move(token))
    , m_hmacKey(std::move(hmacKey))
{
}

bool WebhookAuth::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    // Length is not secret (a token's length is fixed); the content is compared without early exit.
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QByteArray WebhookAuth::signature(const QByteArray &body, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(body, key, QCryptographicHash::Sha512).toHex();
}

bool WebhookAuth::verify(const http::HttpRequest &request) const
{
    if (!configured())
        return false;
    if (!m_token.isEmpty() && !constantTimeEquals(request.header("X-Waha-Token"), m_token))
        return false;
    if (!m_hmacKey.isEmpty()) {
        const QByteArray given = request.header("X-Webhook-Hmac").trimmed().toLower();
        if (!constantTimeEquals(given, signature(request.body, m_hmacKey)))
            return false;
    }
    return true;
}

std::optional<http::HttpRejection> WebhookAuth::checkHead(const http::HttpRequest &head,
                                                          QByteArrayView webhookPath) const
{
    if (m_token.isEmpty() || head.path != webhookPath || constantTimeEquals(head.header("x-waha-token"), m_token))
        return std::nullopt;
    return http::HttpRejection{401, QStringLiteral("unauthorized"),
                               QStringLiteral("missing or invalid X-Waha-Token / X-Webhook-Hmac")};
}

} // namespace concierge::api
