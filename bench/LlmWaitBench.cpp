// llm-wait-bench (issue 14, bench/llm-wait runs it): 1,000 chats each waiting on a slow LLM.
//
//   llm-wait-bench standin <delay ms> <ports file>
//       A Messages API answering every call after <delay ms> (a route_message tool call for the routing call, a
//       short text otherwise) and an instant WAHA that timestamps every sendText; both on 127.0.0.1, their ports
//       written to <ports file> ("LLM_PORT=.. WAHA_PORT=.."). GET /stats on the WAHA port: the figures so far.
//   llm-wait-bench load <server url> <webhook token> <stats url> <server pid> <chats> <delay ms>
//       Acks of other chats on the idle server (the baseline), then one message from each of <chats> chats at once
//       (32 connections), then acks of other chats while they wait, until every chat got its reply; prints figures.
#include "integrations/CurlClient.h"
#include "support/FakeHttpServer.h"
#include "support/FakeWaha.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <unistd.h>
#include <vector>

using namespace concierge;
using testing::FakeHttpServer;
using testing::FakeResponse;
using testing::RecordedRequest;

namespace {

const QString kBurstPrefix = QStringLiteral("22177");
const QString kProbePrefix = QStringLiteral("22188");

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

FakeResponse llmAnswer(const RecordedRequest &request, int delayMs)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QJsonObject block{{QStringLiteral("type"), QStringLiteral("text")},
                      {QStringLiteral("text"), QStringLiteral("La messe du dimanche est à 10h.")}};
    QString stop = QStringLiteral("end_turn");
    if (body.contains(QLatin1String("tool_choice"))) {
        block =
            QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_use")},
                        {QStringLiteral("id"), QStringLiteral("toolu_bench")},
                        {QStringLiteral("name"), QStringLiteral("route_message")},
                        {QStringLiteral("input"), QJsonObject{{QStringLiteral("service"), QStringLiteral("catechese")},
                                                              {QStringLiteral("intent"), QStringLiteral("inscription")},
                                                              {QStringLiteral("language"), QStringLiteral("fr")},
                                                              {QStringLiteral("confidence"), 0.95},
                                                              {QStringLiteral("entities"), QJsonObject{}}}}};
        stop = QStringLiteral("tool_use");
    }
    FakeResponse r;
    r.delayMs = delayMs;
    r.body = json(QJsonObject{{QStringLiteral("id"), QStringLiteral("msg_bench")},
                              {QStringLiteral("type"), QStringLiteral("message")},
                              {QStringLiteral("role"), QStringLiteral("assistant")},
                              {QStringLiteral("model"), QStringLiteral("bench")},
                              {QStringLiteral("content"), QJsonArray{block}},
                              {QStringLiteral("stop_reason"), stop},
                              {QStringLiteral("usage"), QJsonObject{{QStringLiteral("input_tokens"), 100},
                                                                    {QStringLiteral("output_tokens"), 20}}}});
    return r;
}

struct StandinStats
{
    int llmCalls = 0;
    qint64 lastLlmCallMs = 0;
    int llmWaiting = 0; // answers not sent yet (approximate: due time in the future)
    int llmPeak = 0;
    std::vector<qint64> due;
    QSet<QString> burstReplied;
    int probeReplies = 0;
    qint64 firstBurstReplyMs = 0;
    qint64 lastBurstReplyMs = 0;
};

int standin(int delayMs, const QString &portsFile)
{
    FakeHttpServer llm, waha;
    StandinStats stats;
    llm.setHandler([&](const RecordedRequest &request) {
        ++stats.llmCalls;
        const qint64 now = nowMs();
        stats.lastLlmCallMs = now;
        stats.due.push_back(now + delayMs);
        stats.due.erase(std::remove_if(stats.due.begin(), stats.due.end(), [now](qint64 d) { return d <= now; }),
                        stats.due.end());
        stats.llmPeak = std::max(stats.llmPeak, int(stats.due.size()));
        return llmAnswer(request, delayMs);
    });
    waha.setHandler([&](const RecordedRequest &request) {
        FakeResponse r;
        r.status = 201;
        r.body = "{}";
        if (request.path == "/stats") {
            r.status = 200;
            r.body = json(QJsonObject{{QStringLiteral("llm_calls"), stats.llmCalls},
                                      {QStringLiteral("llm_peak"), stats.llmPeak},
                                      {QStringLiteral("last_llm_call_ms"), stats.lastLlmCallMs},
                                      {QStringLiteral("burst_replied"), int(stats.burstReplied.size())},
                                      {QStringLiteral("probe_replies"), stats.probeReplies},
                                      {QStringLiteral("first_reply_ms"), stats.firstBurstReplyMs},
                                      {QStringLiteral("last_reply_ms"), stats.lastBurstReplyMs}});
        } else if (request.path == "/api/sendText") {
            const QString chat =
                QJsonDocument::fromJson(request.body).object().value(QLatin1String("chatId")).toString();
            if (chat.startsWith(kBurstPrefix)) {
                stats.burstReplied.insert(chat);
                stats.lastBurstReplyMs = nowMs();
                if (!stats.firstBurstReplyMs)
                    stats.firstBurstReplyMs = stats.lastBurstReplyMs;
            } else {
                ++stats.probeReplies;
            }
            r.body = json(QJsonObject{{QStringLiteral("id"), QStringLiteral("true_%1_3EB0BENCH").arg(chat)}});
        }
        return r;
    });
    if (!llm.start() || !waha.start()) {
        std::fprintf(stderr, "cannot listen\n");
        return 1;
    }
    QFile out(portsFile);
    if (!out.open(QIODevice::WriteOnly))
        return 1;
    out.write(QStringLiteral("LLM_PORT=%1 WAHA_PORT=%2\n").arg(llm.port()).arg(waha.port()).toUtf8());
    out.close();
    // Requests are not kept (FakeHttpServer records them): a few thousand small ones, harmless for one run.
    return QCoreApplication::exec();
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p / 100.0 * double(values.size())))];
}

QByteArray procField(qint64 pid, const char *name) // "VmRSS" -> "12345" (kB), "Threads" -> "3"
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(QByteArray(QByteArray(name) + ':')))
            return line.mid(qsizetype(qstrlen(name)) + 1).trimmed().split(' ').first();
    }
    return {};
}

qint64 cpuTicks(qint64 pid) // user + system of the process, in clock ticks
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 12 ? fields.at(11).toLongLong() + fields.at(12).toLongLong() : 0;
}

class Load : public QObject
{
public:
    Load(QString url, QByteArray token, QString statsUrl, qint64 pid, int chats, int delayMs)
        : m_url(std::move(url) + QStringLiteral("/api/v1/webhook"))
        , m_token(std::move(token))
        , m_statsUrl(std::move(statsUrl))
        , m_pid(pid)
        , m_chats(chats)
        , m_delayMs(delayMs)
    {
    }

    void run();

private:
    integrations::OutboundRequest webhook(const QString &chat, const QString &text, const QString &id) const;
    void probe(std::vector<double> &into, std::function<bool()> more, std::function<void()> then);
    void burst();
    void sample();
    void report();

    integrations::CurlClient m_http;
    QString m_url;
    QByteArray m_token;
    QString m_statsUrl;
    qint64 m_pid;
    int m_chats;
    int m_delayMs;
    int m_probeCount = 0;
    std::vector<double> m_baseline, m_during, m_burst; // idle; while the chats wait (all acked); during the burst
    int m_sent = 0, m_acked = 0, m_refused = 0;
    qint64 m_firstSentMs = 0, m_lastAckMs = 0;
    qint64 m_cpuBefore = 0, m_cpuAfter = 0;
    QJsonObject m_stats;
    qint64 m_rssIdleKb = 0, m_rssPeakKb = 0, m_rssAfterKb = 0;
    int m_threadsIdle = 0, m_threadsPeak = 0;
    QTimer m_sampler;
    qint64 m_deadlineMs = 0;
};

integrations::OutboundRequest Load::webhook(const QString &chat, const QString &text, const QString &id) const
{
    integrations::OutboundRequest r;
    r.method = "POST";
    r.url = QUrl(m_url);
    r.body = testing::FakeWaha::textWebhookBody(chat, text, id);
    r.headers = {{"Content-Type", "application/json"}, {"X-Waha-Token", m_token}};
    r.timeoutMs = 30'000;
    return r;
}

// Sequential acks of other chats (a greeting each: answered without the LLM), one after the other.
void Load::probe(std::vector<double> &into, std::function<bool()> more, std::function<void()> then)
{
    if (!more()) {
        then();
        return;
    }
    const int n = ++m_probeCount;
    const QString chat = kProbePrefix + QStringLiteral("%1@c.us").arg(n, 7, 10, QLatin1Char('0'));
    const bool burstRunning = m_sent > 0 && m_acked < m_chats;
    m_http.send(webhook(chat, QStringLiteral("Bonjour"), QStringLiteral("3EB0PROBE%1").arg(n)), this,
                [this, &into, more, then, burstRunning](const integrations::OutboundResponse &r) {
                    // A probe sent or answered while the burst was still being sent counts apart.
                    const bool inBurst = m_sent > 0 && (burstRunning || m_acked < m_chats);
                    (inBurst ? m_burst : into).push_back(double(r.elapsedMs));
                    if (r.status != 200)
                        ++m_refused;
                    probe(into, more, then);
                });
}

void Load::sample()
{
    m_rssPeakKb = std::max(m_rssPeakKb, procField(m_pid, "VmRSS").toLongLong());
    m_threadsPeak = std::max(m_threadsPeak, procField(m_pid, "Threads").toInt());
    integrations::OutboundRequest r;
    r.url = QUrl(m_statsUrl);
    m_http.send(r, this, [this](const integrations::OutboundResponse &resp) {
        if (resp.status == 200)
            m_stats = QJsonDocument::fromJson(resp.body).object();
    });
}

void Load::burst()
{
    // 32 connections: MAX_CONNECTIONS_PER_ADDRESS (64) refuses more from one address.
    constexpr int kConnections = 32;
    auto sendNext = std::make_shared<std::function<void()>>();
    *sendNext = [this, sendNext] {
        if (m_sent >= m_chats)
            return;
        const int i = m_sent++;
        const QString chat = kBurstPrefix + QStringLiteral("%1@c.us").arg(i, 7, 10, QLatin1Char('0'));
        m_http.send(webhook(chat, QStringLiteral("Comment inscrire mon enfant au catéchisme ?"),
                            QStringLiteral("3EB0BURST%1").arg(i)),
                    this, [this, sendNext](const integrations::OutboundResponse &r) {
                        ++m_acked;
                        if (r.status != 200)
                            ++m_refused;
                        m_lastAckMs = nowMs();
                        (*sendNext)();
                    });
    };
    m_firstSentMs = nowMs();
    m_cpuBefore = cpuTicks(m_pid);
    for (int c = 0; c < kConnections; ++c)
        (*sendNext)();
}

void Load::run()
{
    m_rssIdleKb = procField(m_pid, "VmRSS").toLongLong();
    m_threadsIdle = procField(m_pid, "Threads").toInt();
    connect(&m_sampler, &QTimer::timeout, this, [this] { sample(); });
    // 1) the baseline: 200 acks on the idle server
    probe(
        m_baseline, [this] { return m_baseline.size() < 200; },
        [this] {
            m_rssPeakKb = 0;
            m_sampler.start(50);
            burst();
            m_deadlineMs = nowMs() + 120'000;
            // 2) acks of other chats until every burst chat has its reply (or two minutes)
            probe(
                m_during,
                [this] {
                    return nowMs() < m_deadlineMs &&
                           !(m_acked >= m_chats && m_stats.value(QLatin1String("burst_replied")).toInt() >= m_chats);
                },
                [this] {
                    m_sampler.stop();
                    m_cpuAfter = cpuTicks(m_pid);
                    sample();
                    QTimer::singleShot(3000, this, [this] {
                        m_rssAfterKb = procField(m_pid, "VmRSS").toLongLong();
                        report();
                        QCoreApplication::quit();
                    });
                });
        });
}

void Load::report()
{
    const qint64 lastReply = qint64(m_stats.value(QLatin1String("last_reply_ms")).toDouble());
    const int replied = m_stats.value(QLatin1String("burst_replied")).toInt();
    const double wall = double(lastReply - m_firstSentMs) / 1000.0;
    std::printf("   %d messages from %d chats acknowledged in %.2f s (%d refused)\n", m_acked, m_chats,
                double(m_lastAckMs - m_firstSentMs) / 1000.0, m_refused);
    std::printf("   chats answered             : %d of %d; LLM calls %d, at most %d waiting at once\n", replied,
                m_chats, m_stats.value(QLatin1String("llm_calls")).toInt(),
                m_stats.value(QLatin1String("llm_peak")).toInt());
    std::printf("   last message -> last reply : %.2f s   goal <= 4 s      %s\n",
                double(lastReply - m_lastAckMs) / 1000.0,
                replied >= m_chats && lastReply - m_lastAckMs <= 4000 ? "OK" : "SHORT");
    const qint64 lastCall = qint64(m_stats.value(QLatin1String("last_llm_call_ms")).toDouble());
    std::printf("   of which                   : last message -> last LLM call %.2f s, its answer due -> last reply "
                "%.2f s\n",
                double(lastCall - m_lastAckMs) / 1000.0, double(lastReply - lastCall - m_delayMs) / 1000.0);
    std::printf("   replies/s                  : %.0f (first message to last reply, %.2f s)\n",
                wall > 0 ? replied / wall : 0.0, wall);
    std::printf("   other chats' acks, idle    : p50 %.1f ms, p99 %.1f ms (%zu acks)\n", percentile(m_baseline, 50),
                percentile(m_baseline, 99), m_baseline.size());
    std::printf("   other chats' acks, burst   : p50 %.1f ms, p99 %.1f ms (%zu acks, while the 1,000 are sent)\n",
                percentile(m_burst, 50), percentile(m_burst, 99), m_burst.size());
    std::printf(
        "   other chats' acks, waiting : p50 %.1f ms, p99 %.1f ms, max %.1f ms (%zu acks, all acknowledged, not "
        "all answered)\n",
        percentile(m_during, 50), percentile(m_during, 99), percentile(m_during, 100), m_during.size());
    std::printf("   server RSS                 : idle %.1f MB, peak %.1f MB, 3 s after %.1f MB\n",
                double(m_rssIdleKb) / 1024, double(m_rssPeakKb) / 1024, double(m_rssAfterKb) / 1024);
    std::printf("   server threads             : idle %d, peak %d\n", m_threadsIdle, m_threadsPeak);
    const double cpuMs = double(m_cpuAfter - m_cpuBefore) * 1000.0 / double(sysconf(_SC_CLK_TCK));
    std::printf("   server CPU                 : %.0f ms from the first message to the last reply, %.0f us per chat "
                "(probes included)\n",
                cpuMs, cpuMs * 1000.0 / std::max(1, m_chats));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("standin"))
        return standin(args.at(2).toInt(), args.at(3));
    if (args.size() == 8 && args.at(1) == QLatin1String("load")) {
        Load load(args.at(2), args.at(3).toUtf8(), args.at(4), args.at(5).toLongLong(), args.at(6).toInt(),
                  args.at(7).toInt());
        QTimer::singleShot(0, &load, [&load] { load.run(); });
        return QCoreApplication::exec();
    }
    std::fprintf(stderr,
                 "usage: llm-wait-bench standin <delay ms> <ports file>\n"
                 "       llm-wait-bench load <server url> <token> <stats url> <server pid> <chats> <delay ms>\n");
    return 2;
}
