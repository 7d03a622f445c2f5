// console-bench: opens the console (server embedded, as `concierge` does) on a filled data folder and times what
// staff feel: the conversation list's first rows, scrolling it to row 1,000 with lazy fetching, the GUI thread's
// longest stall meanwhile, and the memory. Run by bench/console, which fills the database first.
// Without the conversation list (objectName conversationList) in this build it times the API pages the list uses.
#include "CommandLine.h"
#include "MainWindow.h"
#include "ServerHost.h"
#include "client/ConsoleClient.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace {

using concierge::ui::ConsoleClient;

// The longest gap between ticks of a 5 ms timer, beyond its interval: how long the GUI thread did not respond.
class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_worst = qMax(m_worst, m_since.restart() - 5);
            if (m_tick)
                m_tick();
        });
    }
    void start(std::function<void()> tick)
    {
        m_tick = std::move(tick);
        m_worst = 0;
        m_since.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return m_worst;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    qint64 m_worst = 0;
    std::function<void()> m_tick;
};

QString memory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    QStringList parts;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS") || line.startsWith("VmHWM"))
            parts << QString::fromLatin1(line.simplified());
    }
    return parts.join(QStringLiteral(", "));
}

void report(const char *what, qint64 ms, qint64 stallMs)
{
    std::printf("%-52s %7lld ms   (longest GUI stall %lld ms)\n", what, static_cast<long long>(ms),
                static_cast<long long>(stallMs));
    std::fflush(stdout);
}

class Bench final : public QObject
{
public:
    Bench(concierge::ui::MainWindow *window, QElapsedTimer started)
        : m_window(window)
        , m_started(started)
    {
    }

    void run()
    {
        auto *list = m_window->findChild<QAbstractItemView *>(QStringLiteral("conversationList"));
        if (!list) {
            std::printf("no conversationList in this build: timing the API pages the list uses instead\n");
            apiPages();
            return;
        }
        firstRows(list);
    }

private:
    void firstRows(QAbstractItemView *list)
    {
        m_window->showPage(QStringLiteral("conversationsPage"));
        m_meter.start([this, list] {
            if (m_started.elapsed() > 120'000) { // an empty list, or one that never loads: say so and go on
                std::printf("conversation list: no rows after 120 s\n");
                m_meter.stop();
                QTimer::singleShot(0, this, &Bench::apiPages);
                return;
            }
            if (!list->model() || list->model()->rowCount() == 0)
                return;
            report("conversation list: first rows (since start)", m_started.elapsed(), m_meter.stop());
            QTimer::singleShot(0, this, [this, list] { scroll(list); });
        });
    }

    void scroll(QAbstractItemView *list)
    {
        m_clock.start();
        m_meter.start([this, list] {
            QAbstractItemModel *model = list->model();
            if (model->rowCount() <= 1000 && m_clock.elapsed() < 120'000) {
                list->scrollToBottom(); // at the end the view asks the model to fetch more
                return;
            }
            list->scrollTo(model->index(qMin(1000, model->rowCount() - 1), 0));
            const qint64 stall = m_meter.stop();
            report(
                qPrintable(
                    QStringLiteral("conversation list: scroll to row 1,000 (%1 rows loaded)").arg(model->rowCount())),
                m_clock.elapsed(), stall);
            QTimer::singleShot(0, this, &Bench::apiPages);
        });
    }

    // The API behind the list: first page, ten pages in a row, a search through message texts.
    void apiPages()
    {
        m_meter.start({});
        m_clock.start();
        client()->get(QStringLiteral("/api/v1/conversations?limit=50"), this, [this](const auto &reply) {
            report("GET /api/v1/conversations (first page of 50)", m_clock.elapsed(), m_meter.stop());
            if (reply.status != 200)
                std::printf("  answer %d: %s\n", reply.status, reply.body.left(200).constData());
            m_pages = 0;
            m_meter.start({});
            m_clock.start();
            nextPage(QString());
        });
    }

    void nextPage(const QString &cursor)
    {
        const QString path =
            QStringLiteral("/api/v1/conversations?limit=50") +
            (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + ConsoleClient::segment(cursor));
        client()->get(path, this, [this](const auto &reply) {
            m_rows += reply.json.value(QLatin1String("items")).toArray().size();
            const QString next = reply.json.value(QLatin1String("next_cursor")).toString();
            if (++m_pages < 10 && !next.isEmpty())
                return nextPage(next);
            report(qPrintable(QStringLiteral("10 pages of 50 in a row (%1 rows)").arg(m_rows)), m_clock.elapsed(),
                   m_meter.stop());
            search();
        });
    }

    void search()
    {
        m_meter.start({});
        m_clock.start();
        client()->get(QStringLiteral("/api/v1/conversations?limit=50&q=bapt"), this, [this](const auto &reply) {
            report(qPrintable(QStringLiteral("search q=bapt (message texts; %1 rows)")
                                  .arg(reply.json.value(QLatin1String("items")).toArray().size())),
                   m_clock.elapsed(), m_meter.stop());
            std::printf("memory (console and embedded server): %s\n", qPrintable(memory()));
            QCoreApplication::quit();
        });
    }

    ConsoleClient *client() const { return m_window->client(); }

    concierge::ui::MainWindow *m_window;
    QElapsedTimer m_started;
    QElapsedTimer m_clock;
    StallMeter m_meter;
    int m_pages = 0;
    int m_rows = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer started;
    started.start();
    QApplication app(argc, argv);
    auto settings = concierge::app::loadSettings(app, QStringLiteral("Times the console on a filled database."));
    if (!settings) {
        std::fprintf(stderr, "%s\n", qPrintable(settings.error().message));
        return 2;
    }
    concierge::config::SettingsLoader::applyLogLevel(settings->logLevel);
    concierge::ServerHost host(settings.value());
    if (auto up = host.start(); !up) {
        std::fprintf(stderr, "the server did not start: %s\n", qPrintable(up.error().message));
        return 1;
    }
    const QString baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(host.port());
    auto *client = new ConsoleClient(baseUrl);
    client->setToken(host.consoleToken().value());
    client->setIdentity(settings->adminUsername, QStringLiteral("admin"));
    concierge::ui::MainWindow window({baseUrl, host.webhookTokenFile(), settings->dataDir}, client);
    window.resize(1280, 800);
    window.show();
    report("window shown (since start)", started.elapsed(), 0);
    Bench bench(&window, started);
    QTimer::singleShot(0, &bench, &Bench::run);
    const int code = app.exec();
    host.stop();
    return code;
}
