// concierge-server: the headless server (reverse proxy, Redis and PostgreSQL deployments).
#include "CommandLine.h"
#include "DataCommands.h"
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

// The longest a stop may take: systemd's TimeoutStopSec in the unit leaves room for it.
constexpr int kStopGraceMs = 10'000;

void onSignal(int)
{
    const char byte = 1; // write() is async-signal-safe; the event loop reads the other end
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// SIGTERM (systemd's stop) and SIGINT (Ctrl+C): the server stops accepting, finishes what is in flight (at most
// kStopGraceMs) and the program exits with 0. The handler only writes to a socket pair; the stop itself runs in the
// event loop. A signal during the start is handled as soon as the loop runs.
void stopOnSignals(QCoreApplication &app, concierge::ServerHost &host)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier, &host] {
        notifier->setEnabled(false); // a second signal during the stop changes nothing
        host.stopGracefully(kStopGraceMs);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    action.sa_flags = SA_RESTART;
    ::sigemptyset(&action.sa_mask);
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
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
                                                    "Also: concierge-server import parents|students|faq FILE.csv\n"
                                                    "      concierge-server backup FILE | restore FILE"),
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
        if (arguments.constFirst() == QLatin1String("backup"))
            return concierge::app::runBackup(settings.value(), arguments);
        if (arguments.constFirst() == QLatin1String("restore"))
            return concierge::app::runRestore(settings.value(), arguments);
        std::fprintf(stderr, "concierge-server: unknown command '%s'\n", qPrintable(arguments.constFirst()));
        return 2;
    }
    concierge::ServerHost host(settings.value());
    stopOnSignals(app, host);
    if (auto started = host.start(); !started) {
        std::fprintf(stderr, "concierge-server: %s\n", qPrintable(started.error().message));
        return 1;
    }
    return app.exec();
}
