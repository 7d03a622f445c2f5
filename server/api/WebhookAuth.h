#pragma once

#include "http/HttpTypes.h"

#include <QByteArray>

#include <optional>

namespace concierge::api {

// Who may post webhooks: the X-Waha-Token header and/or the X-Webhook-Hmac signature (lower-case hex HMAC-SHA512
// of the raw body). Every configured check must pass; with none configured nothing passes.
class WebhookAuth
{
public:
    WebhookAuth(QByteArray token, QByteArray hmacKey);

    bool verify(const http::HttpRequest &request) const;
    // The token check alone, on the head of a request to `webhookPath`, before its body is read: a sender without
    // the token is refused at once and makes the server hold nothing (the HMAC needs the body: verify() does it).
    std::optional<http::HttpRejection> checkHead(const http::HttpRequest &head, QByteArrayView webhookPath) const;
    bool configured() const { return !m_token.isEmpty() || !m_hmacKey.isEmpty(); }

    static QByteArray signature(const QByteArray &body, const QByteArray &key); // hex HMAC-SHA512
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

private:
    QByteArray m_token;
    QByteArray m_hmacKey;
};

} // namespace concierge::api
