// concierge: the supervisor console. By default with the server embedded in a background thread (the local user is
// the admin, no login); with --connect URL on a remote concierge-server, after a login.
#include "CommandLine.h"
#include "EmbeddedRestart.h"
#include "MainWindow.h"
#include "PortConflict.h"
#include "ScreenshotTour.h"
#include "ServerHost.h"
#include "SingleInstance.h"
#include "client/ConsoleClient.h"
#include "core/Log.h"
#include "login/RemoteLogin.h"
#include "settings/ConsoleLanguage.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

#include <memory>

namespace {

using concierge::app::ConsoleOptions;
using concierge::ui::ConsoleClient;
using concierge::ui::MainWindow;

const QString kDescription = QStringLiteral("Concierge: parish supervisor console with the server inside.");

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

// `--screenshots DIR`: the window photographs its pages, then the program ends.
void takeScreenshots(MainWindow *window, const QString &directory)
{
    if (directory.isEmpty())
        return;
    window->resize(1280, 800);
    auto *tour = new concierge::app::ScreenshotTour(window, directory, window);
    QObject::connect(tour, &concierge::app::ScreenshotTour::finished, qApp, [](int saved) {
        qInfo("screenshots: %d saved", saved);
        QCoreApplication::exit(saved > 0 ? 0 : 1);
    });
    QTimer::singleShot(0, tour, &concierge::app::ScreenshotTour::start); // its end quits: once the loop runs
}

void raise(QWidget *window)
{
    window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
    window->show();
    window->raise();
    window->activateWindow();
}

// The console on a concierge-server elsewhere: log in (CONCIERGE_PASSWORD or the dialog), then open the window.
int runRemote(QApplication &app, const QString &url, const QString &user, const QString &screenshots)
{
    auto *client = new ConsoleClient(url);
    std::unique_ptr<ConsoleClient> unowned(client); // until the window takes it
    concierge::ui::RemoteLogin login(client, user, qEnvironmentVariable("CONCIERGE_PASSWORD"));
    std::unique_ptr<MainWindow> window;
    QObject::connect(&login, &concierge::ui::RemoteLogin::ready, &app, [&] {
        window = std::make_unique<MainWindow>(MainWindow::ServerInfo{url, {}, {}}, unowned.release());
        login.setWindow(window.get());
        QObject::connect(window.get(), &MainWindow::serverRestartRequested, window.get(), [w = window.get()] {
            auto *box = new QMessageBox(
                QMessageBox::Information, MainWindow::tr("Restart the server"),
                MainWindow::tr("The settings were saved on the server. Some take effect only after a restart: "
                               "ask the server's administrator to restart concierge-server."),
                QMessageBox::Ok, w);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
        window->show();
        takeScreenshots(window.get(), screenshots);
    });
    QObject::connect(&login, &concierge::ui::RemoteLogin::cancelled, &app, [] { QCoreApplication::exit(0); });
    login.start();
    const int code = app.exec();
    window.reset();
    return code;
}

// Another program holds the port: say so, and go on as the user chooses (-1: start the server as planned).
int resolvePortConflict(QApplication &app, concierge::config::Settings &settings, const QString &baseUrl,
                        const QString &screenshots)
{
    if (concierge::app::PortConflict::portFree(settings.host, settings.port))
        return -1;
    const bool concierge = concierge::app::PortConflict::isConciergeServer(baseUrl);
    switch (concierge::app::PortConflict::ask(settings.port, baseUrl, concierge)) {
    case concierge::app::PortConflict::Choice::Connect:
        return runRemote(app, baseUrl, settings.adminUsername, screenshots);
    case concierge::app::PortConflict::Choice::FreePort: settings.port = 0; return -1;
    case concierge::app::PortConflict::Choice::Quit: break;
    }
    return 1;
}

QString localAddress(const concierge::config::Settings &settings)
{
    return settings.host == QLatin1String("0.0.0.0") ? QStringLiteral("127.0.0.1") : settings.host;
}

// The console with the server in this process, as the configured admin: the host mints the token (again whenever
// the server refuses it) instead of a login dialog.
int runEmbedded(QApplication &app, concierge::config::Settings settings, const QString &screenshots)
{
    concierge::app::SingleInstance instance(settings.dataDir);
    if (instance.activateRunning())
        return 0; // the console already open on this data folder shows itself
    instance.listen();
    const QString wanted = QStringLiteral("http://%1:%2").arg(localAddress(settings)).arg(settings.port);
    if (const int code = resolvePortConflict(app, settings, wanted, screenshots); code >= 0)
        return code;
    concierge::ServerHost host(settings);
    if (auto started = host.start(); !started) {
        QMessageBox::critical(nullptr, QObject::tr("Concierge cannot start"),
                              QObject::tr("The server could not start:\n%1").arg(started.error().message));
        return 1;
    }
    const QString baseUrl = QStringLiteral("http://%1:%2").arg(localAddress(settings)).arg(host.port());
    auto *client = new ConsoleClient(baseUrl);
    client->setIdentity(settings.adminUsername, QStringLiteral("admin"));
    concierge::app::EmbeddedRestart restart(&host, client, [&app] {
        ConsoleOptions ignored;
        return concierge::app::loadSettings(app, kDescription, nullptr, &ignored);
    });
    restart.refreshToken();
    MainWindow window({baseUrl, host.webhookTokenFile(), settings.dataDir}, client);
    QObject::connect(&window, &MainWindow::serverRestartRequested, &restart, [&] { restart.restart(&window); });
    QObject::connect(&instance, &concierge::app::SingleInstance::activationRequested, &window,
                     [&window] { raise(&window); });
    window.show();
    takeScreenshots(&window, screenshots);
    const int code = app.exec();
    host.stop();
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    concierge::app::describeApplication(QStringLiteral("concierge"));
    installTranslations(app);
    ConsoleOptions options;
    auto settings = concierge::app::loadSettings(app, kDescription, nullptr, &options);
    if (!options.connectUrl.isEmpty()) // a remote console needs none of this PC's server settings
        return runRemote(app, options.connectUrl, options.user, options.screenshotsDir);
    if (!settings) {
        QMessageBox::critical(nullptr, QObject::tr("Concierge cannot start"),
                              QObject::tr("A setting is wrong:\n%1").arg(settings.error().message));
        return 2;
    }
    concierge::config::SettingsLoader::applyLogLevel(settings->logLevel);
    concierge::logging::install(concierge::logging::formatFromName(settings->logFormat));
    qputenv("TZ", settings->timeZone.toUtf8());
    return runEmbedded(app, settings.value(), options.screenshotsDir);
}
