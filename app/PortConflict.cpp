#include "PortConflict.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QTcpServer>

namespace concierge::app {

bool PortConflict::portFree(const QString &address, quint16 port)
{
    if (port == 0)
        return true;
    QTcpServer probe;
    return probe.listen(QHostAddress(address), port);
}

bool PortConflict::isConciergeServer(const QString &baseUrl, int timeoutMs)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(baseUrl + QStringLiteral("/health")));
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject health = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return health.contains(QLatin1String("components")) && health.contains(QLatin1String("status"));
}

PortConflict::Choice PortConflict::ask(quint16 port, const QString &baseUrl, bool concierge)
{
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("main", "Port %1 is busy").arg(port), {});
    box.setObjectName(QStringLiteral("portConflict"));
    QPushButton *connectButton = nullptr;
    QPushButton *freeButton = nullptr;
    if (concierge) {
        box.setText(QCoreApplication::translate(
                        "main", "A Concierge server already runs on this PC at %1 (another data folder, or "
                                "concierge-server). Open the console on it? You will be asked to log in.")
                        .arg(baseUrl));
        connectButton = box.addButton(QCoreApplication::translate("main", "Connect to it"), QMessageBox::AcceptRole);
    } else {
        box.setText(QCoreApplication::translate(
                        "main", "Another program uses port %1, so the server cannot start. Close that program, or "
                                "set another PORT in the settings file (.env) or start with --port. You may also "
                                "start on a free port this time (WhatsApp's webhook will not reach it).")
                        .arg(port));
        freeButton =
            box.addButton(QCoreApplication::translate("main", "Use a free port this time"), QMessageBox::AcceptRole);
    }
    box.addButton(QCoreApplication::translate("main", "Quit"), QMessageBox::RejectRole);
    box.exec();
    if (connectButton && box.clickedButton() == connectButton)
        return Choice::Connect;
    if (freeButton && box.clickedButton() == freeButton)
        return Choice::FreePort;
    return Choice::Quit;
}

} // namespace concierge::app
