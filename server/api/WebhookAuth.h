#pragma once

#include "http/HttpTypes.h"

#include <QByteArray>

namespace concierge::api {

// Who may post webhooks: the X-Waha-Token header and/or the X-Webhook-Hmac signature (lower-case hex HMAC-SHA512
// of the raw body). Every configured check must pass; with none configured nothing passes.
class WebhookAuth
{
public:
    WebhookAuth(QByteArray token, QByteArray hmacKey);

    bool verify(const http::HttpRequest &request) const;
    bool configured() const { return !m_token.isEmpty() || !m_hmacKey.isEmpty(); }

    static QByteArray signature(const QByteArray &body, const QByteArray &key); // hex HMAC-SHA512
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

private:
    QByteArray m_token;
    QByteArray m_hmacKey;
};

} // namespace concierge::api
