#include "services/catechese/CertificateLinks.h"

#include <QMessageAuthenticationCode>
#include <QUrl>

namespace concierge::services::catechese {

namespace {

QString trimmedBase(QString base)
{
    while (base.endsWith(u'/'))
        base.chop(1);
    return base;
}

} // namespace

QString CertificateLinks::signature(const QByteArray &key, const QString &number, qint64 expiresSecs)
{
    const QByteArray message = number.toUtf8() + '\n' + QByteArray::number(expiresSecs);
    return QString::fromLatin1(QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toHex());
}

QString CertificateLinks::downloadUrl(const QString &publicBaseUrl, const QByteArray &key, const QString &number,
                                      qint64 expiresSecs)
{
    if (publicBaseUrl.isEmpty())
        return {};
    return QStringLiteral("%1/api/v1/certificates/%2/download?expires=%3&sig=%4")
        .arg(trimmedBase(publicBaseUrl), QString::fromLatin1(QUrl::toPercentEncoding(number)))
        .arg(expiresSecs)
        .arg(signature(key, number, expiresSecs));
}

bool CertificateLinks::verify(const QByteArray &key, const QString &number, qint64 expiresSecs, const QString &sig,
                              qint64 nowMs)
{
    if (key.isEmpty() || expiresSecs <= 0 || nowMs >= expiresSecs * 1000)
        return false;
    const QByteArray expected = signature(key, number, expiresSecs).toLatin1();
    const QByteArray given = sig.toLatin1().toLower();
    if (given.size() != expected.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= static_cast<unsigned char>(expected.at(i) ^ given.at(i));
    return diff == 0;
}

QString CertificateLinks::verificationUrl(const QString &publicBaseUrl, const QString &number)
{
    if (publicBaseUrl.isEmpty())
        return {};
    return trimmedBase(publicBaseUrl) + QStringLiteral("/verify/") + number;
}

} // namespace concierge::services::catechese
