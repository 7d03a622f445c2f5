// concierge: the supervisor console, with the server embedded in a background thread.
#include "CommandLine.h"
#include "MainWindow.h"
#include "ServerHost.h"
#include "client/ConsoleClient.h"
#include "settings/ConsoleLanguage.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

namespace {

// French by default (the parish works in French); English when the system language is English; the choice made in
// the settings dialog wins, and CONCIERGE_UI_LANGUAGE over all.
void installTranslations(QApplication &app)
{
    auto *translator = new QTranslator(&app);
    const QString language =
        QLocale::system().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("fr");
    QString override = qEnvironmentVariable("CONCIERGE_UI_LANGUAGE");
    if (override.isEmpty())
        override = concierge::ui::chosenConsoleLanguage();
    if (translator->load(QStringLiteral(":/i18n/concierge_") + (override.isEmpty() ? language : override)))
        app.installTranslator(translator);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale::system(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qtTranslator);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    concierge::app::describeApplication(QStringLiteral("concierge"));
    installTranslations(app);
    auto settings = concierge::app::loadSettings(
        app, QStringLiteral("Concierge: parish supervisor console with the server inside."));
    if (!settings) {
        QMessageBox::critical(nullptr, QObject::tr("Concierge cannot start"),
                              QObject::tr("A setting is wrong:\n%1").arg(settings.error().message));
        return 2;
    }
    concierge::config::SettingsLoader::applyLogLevel(settings->logLevel);
    qputenv("TZ", settings->timeZone.toUtf8());

    concierge::ServerHost host(settings.value());
    if (auto started = host.start(); !started) {
        QMessageBox::critical(nullptr, QObject::tr("Concierge cannot start"),
                              QObject::tr("The server could not start:\n%1").arg(started.error().message));
        return 1;
    }
    const QString address = settings->host == QLatin1String("0.0.0.0") ? QStringLiteral("127.0.0.1") : settings->host;
    const QString baseUrl = QStringLiteral("http://%1:%2").arg(address).arg(host.port());
    // The console in this process uses the server's HTTP API like a remote one would, as the configured admin: the
    // host mints the token (again whenever the server refuses it, e.g. once it expired) instead of a login dialog.
    auto *client = new concierge::ui::ConsoleClient(baseUrl);
    const auto mintToken = [&host, client] {
        if (auto token = host.consoleToken())
            client->setToken(token.value());
    };
    mintToken();
    client->setIdentity(settings->adminUsername, QStringLiteral("admin"));
    QObject::connect(client, &concierge::ui::ConsoleClient::authenticationRequired, client, mintToken);
    concierge::ui::MainWindow window({baseUrl, host.webhookTokenFile(), settings->dataDir}, client);
    window.show();
    const int code = app.exec();
    host.stop();
    return code;
}
