// concierge-server: the headless server (reverse proxy, Redis and PostgreSQL deployments).
#include "CommandLine.h"
#include "ServerHost.h"
#include "core/Log.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    concierge::app::describeApplication(QStringLiteral("concierge-server"));
    auto settings =
        concierge::app::loadSettings(app, QStringLiteral("Concierge: WhatsApp concierge server (headless)."));
    if (!settings) {
        std::fprintf(stderr, "concierge-server: %s\n", qPrintable(settings.error().message));
        return 2;
    }
    concierge::config::SettingsLoader::applyLogLevel(settings->logLevel);
    qputenv("TZ", settings->timeZone.toUtf8());
    quitOnSignals(app);

    concierge::ServerHost host(settings.value());
    if (auto started = host.start(); !started) {
        std::fprintf(stderr, "concierge-server: %s\n", qPrintable(started.error().message));
        return 1;
    }
    return app.exec();
}
