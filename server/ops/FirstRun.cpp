#include "ops/FirstRun.h"

#include "core/PrivateFiles.h"

#include <QDateTime>
#include <QFile>
#include <QNetworkInterface>

namespace concierge::ops {

namespace {

QString markerIn(const QString &dataDir)
{
    return dataDir + QStringLiteral("/setup-complete");
}

} // namespace

bool FirstRun::pending() const
{
    return !QFile::exists(markerIn(m_dataDir));
}

Status FirstRun::complete() const
{
    const QByteArray stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + '\n';
    return privateFiles::write(markerIn(m_dataDir), stamp);
}

QString FirstRun::generatedAdminPassword() const
{
    QFile file(m_dataDir + QStringLiteral("/admin-password"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

QStringList FirstRun::webhookUrls(const QString &host, quint16 port)
{
    const auto url = [port](const QString &address) {
        return QStringLiteral("http://%1:%2/api/v1/webhook").arg(address).arg(port);
    };
    QStringList urls;
    const QHostAddress listening(host);
    if (host == QLatin1String("localhost") || listening.isLoopback())
        return {url(QStringLiteral("127.0.0.1"))};
    if (!listening.isNull() && listening != QHostAddress::AnyIPv4 && listening != QHostAddress::Any)
        return {url(listening.toString())};
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::IsRunning) ||
            flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            const QHostAddress address = entry.ip();
            if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
                urls.append(url(address.toString()));
        }
    }
    urls.append(url(QStringLiteral("127.0.0.1")));
    return urls;
}

} // namespace concierge::ops
