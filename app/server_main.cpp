// concierge-server: the headless server (reverse proxy, Redis and PostgreSQL deployments).
#include "CommandLine.h"
#include "ImportCommand.h"
#include "ServerHost.h"
#include "core/Log.h"

#include <QDir>
#include <QGuiApplication>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

int signalPipe[2];

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// SIGTERM/SIGINT end the event loop cleanly (the database queue is drained on the way out).
void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
}

// A service started without a login session has no XDG_RUNTIME_DIR: Qt's GUI layer would then warn on stderr at
// every start (and on every command). Give it the private folder Qt would fall back to.
void useQuietRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(::getuid());
    if (::mkdir(dir.constData(), 0700) == 0 || errno == EEXIST)
        qputenv("XDG_RUNTIME_DIR", dir);
}

} // namespace

int main(int argc, char *argv[])
{
    // A GUI application without a display: certificates are drawn with QPainter, which needs fonts.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    useQuietRuntimeDir();
    QGuiApplication app(argc, argv);
    concierge::app::describeApplication(QStringLiteral("concierge-server"));
    QStringList arguments;
    auto settings =
        concierge::app::loadSettings(app,
                                     QStringLiteral("Concierge: WhatsApp concierge server (headless).\n"
                                                    "Also: concierge-server import parents|students|faq FILE.csv"),
                                     &arguments);
    if (!settings) {
        std::fprintf(stderr, "concierge-server: %s\n", qPrintable(settings.error().message));
        return 2;
    }
    concierge::config::SettingsLoader::applyLogLevel(settings->logLevel);
    concierge::logging::install(concierge::logging::formatFromName(settings->logFormat));
    qputenv("TZ", settings->timeZone.toUtf8());
    if (!arguments.isEmpty()) {
        if (arguments.constFirst() == QLatin1String("import"))
            return concierge::app::runImport(settings.value(), arguments);
        std::fprintf(stderr, "concierge-server: unknown command '%s'\n", qPrintable(arguments.constFirst()));
        return 2;
    }
    quitOnSignals(app);

    concierge::ServerHost host(settings.value());
    if (auto started = host.start(); !started) {
        std::fprintf(stderr, "concierge-server: %s\n", qPrintable(started.error().message));
        return 1;
    }
    return app.exec();
}
