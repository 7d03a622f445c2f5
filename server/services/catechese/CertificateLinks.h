#pragma once

#include <QByteArray>
#include <QString>

namespace concierge::services::catechese {

// Signed, expiring download links for certificates:
// {base}/api/v1/certificates/{number}/download?expires={unix seconds}&sig={hex HMAC-SHA256(key, number "\n" expires)}.
// The key is the server's JWT secret: nobody without it can make a link, and a link stops working when it expires.
class CertificateLinks
{
public:
    static QString signature(const QByteArray &key, const QString &number, qint64 expiresSecs);
    static QString downloadUrl(const QString &publicBaseUrl, const QByteArray &key, const QString &number,
                               qint64 expiresSecs);
    // The signature matches (compared in constant time) and nowMs is before the expiry.
    static bool verify(const QByteArray &key, const QString &number, qint64 expiresSecs, const QString &sig,
                       qint64 nowMs);
    // {base}/verify/{number}, what the QR code holds; empty when there is no public base URL.
    static QString verificationUrl(const QString &publicBaseUrl, const QString &number);
};

} // namespace concierge::services::catechese
