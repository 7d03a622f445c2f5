// assistant-bench: LLM calls and tokens per handled message, routing calls per new topic and inside flows, and the
// assistant's own latency (wall time minus the time spent waiting for the LLM), with an instant fake Messages API on
// 127.0.0.1. Also the same conversation offline (no LLM) and the offline router alone.
//
//   assistant-bench [rounds]      (default 200 rounds of the conversation mix)

#include "ai/LlmClient.h"
#include "ai/OfflineRouter.h"
#include "assistant/Assistant.h"
#include "integrations/CurlClient.h"
#include "knowledge/LocalFaqProvider.h"
#include "services/ServiceCatalog.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "support/FakeHttpServer.h"
#include "support/ParishServices.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace concierge;

namespace {

// One chat: its messages in order. The mix: new topics (FAQ, catechese, contact), a catechese flow answered with a
// parent code, menu numbers, thanks, English and Wolof.
const QList<QStringList> kConversations = {
    {QStringLiteral("Bonjour"), QStringLiteral("1"), QStringLiteral("Quels sont les horaires des messes dimanche ?"),
     QStringLiteral("Merci beaucoup")},
    {QStringLiteral("Je voudrais inscrire mon enfant au catéchisme"), QStringLiteral("Mon code parent est SA-4821"),
     QStringLiteral("A quelle heure ouvre le secrétariat ?")},
    {QStringLiteral("Je veux inscrire ma fille au kt"), QStringLiteral("je ne trouve pas le code"),
     QStringLiteral("SA-1234")},
    {QStringLiteral("What time is mass on Sunday?"), QStringLiteral("How can I get a baptism certificate?")},
    {QStringLiteral("je voudrais parler a quelqu un svp"), QStringLiteral("2"), QStringLiteral("SA-4821")},
    {QStringLiteral("Salamaleekum"), QStringLiteral("3")},
    {QStringLiteral("quels documents pour un bapteme"), QStringLiteral("et pour un mariage ?"),
     QStringLiteral("c'est combien la messe de requiem ?")},
};

QString lastUserText(const QJsonObject &body)
{
    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    if (messages.isEmpty())
        return {};
    const QJsonValue content = messages.last().toObject().value(QLatin1String("content"));
    if (content.isString())
        return content.toString();
    QString text;
    for (const QJsonValue &block : content.toArray())
        text += block.toObject().value(QLatin1String("text")).toString();
    return text;
}

// An instant Messages API: a forced route_message tool call gets a plausible routing, anything else a short answer.
// input_tokens is the request's size / 4, so that the figure follows the prompt's size.
testing::FakeResponse fakeLlm(const testing::RecordedRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QJsonArray content;
    QString stop = QStringLiteral("end_turn");
    if (body.contains(QLatin1String("tool_choice"))) {
        const QString text = lastUserText(body).toLower();
        QString service = QStringLiteral("renseignement");
        if (text.contains(QLatin1String("caté")) || text.contains(QLatin1String("kt")) ||
            text.contains(QLatin1String("code")))
            service = QStringLiteral("catechese");
        else if (text.contains(QLatin1String("parler")))
            service = QStringLiteral("contact_humain");
        const bool english = text.contains(QLatin1String("what")) || text.contains(QLatin1String("how"));
        content.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("tool_use")},
            {QStringLiteral("id"), QStringLiteral("toolu_bench")},
            {QStringLiteral("name"), QStringLiteral("route_message")},
            {QStringLiteral("input"),
             QJsonObject{{QStringLiteral("service"), service},
                         {QStringLiteral("intent"), QStringLiteral("question")},
                         {QStringLiteral("language"), english ? QStringLiteral("en") : QStringLiteral("fr")},
                         {QStringLiteral("confidence"), 0.9},
                         {QStringLiteral("entities"), QJsonObject{}}}}});
        stop = QStringLiteral("tool_use");
    } else {
        content.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                   {QStringLiteral("text"), QStringLiteral("La messe du dimanche est à 10h.")}});
    }
    testing::FakeResponse response;
    response.body =
        QJsonDocument(QJsonObject{{QStringLiteral("id"), QStringLiteral("msg_bench")},
                                  {QStringLiteral("type"), QStringLiteral("message")},
                                  {QStringLiteral("role"), QStringLiteral("assistant")},
                                  {QStringLiteral("model"), QStringLiteral("glm-4.5")},
                                  {QStringLiteral("content"), content},
                                  {QStringLiteral("stop_reason"), stop},
                                  {QStringLiteral("usage"),
                                   QJsonObject{{QStringLiteral("input_tokens"), int(request.body.size() / 4)},
                                               {QStringLiteral("output_tokens"), 40}}}})
            .toJson(QJsonDocument::Compact);
    return response;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p / 100.0 * double(values.size())));
    return values[index];
}

struct Figures
{
    int messages = 0;
    int llmCalls = 0;
    qint64 tokensIn = 0;
    qint64 tokensOut = 0;
    int newTopics = 0, newTopicRouting = 0;
    int flowMessages = 0, flowRouting = 0;
    int menuMessages = 0, menuRouting = 0;
    std::vector<double> ownMs;
};

bool isMenuNumber(const QString &text)
{
    const QString t = text.trimmed();
    return t == QLatin1String("1") || t == QLatin1String("2") || t == QLatin1String("3");
}

Figures runMix(assistant::Assistant &assistant, testing::FakeHttpServer *fake, int rounds)
{
    Figures f;
    for (int round = 0; round < rounds; ++round) {
        for (qsizetype c = 0; c < kConversations.size(); ++c) {
            const QString chat = QStringLiteral("2217%1@c.us").arg(round * 100 + c);
            domain::Session session;
            session.chatId = chat;
            for (const QString &text : kConversations[c]) {
                const bool inFlow = session.inFlow();
                const bool menu = !inFlow && isMenuNumber(text);
                int routingBefore = 0;
                if (fake) {
                    for (const auto &r : fake->requests())
                        routingBefore += r.body.contains("\"tool_choice\"") ? 1 : 0;
                }
                QEventLoop loop;
                assistant::AssistantReply reply;
                QElapsedTimer timer;
                timer.start();
                assistant.handle({chat, text, session, {}}, &loop, [&](assistant::AssistantReply r) {
                    reply = std::move(r);
                    loop.quit();
                });
                if (reply.text.isEmpty())
                    loop.exec();
                const double wallMs = double(timer.nsecsElapsed()) / 1e6;
                session = reply.session;
                int routing = 0;
                if (fake) {
                    for (const auto &r : fake->requests())
                        routing += r.body.contains("\"tool_choice\"") ? 1 : 0;
                    routing -= routingBefore;
                    fake->clearRequests();
                }
                ++f.messages;
                f.llmCalls += reply.usage.calls;
                f.tokensIn += reply.usage.inputTokens;
                f.tokensOut += reply.usage.outputTokens;
                f.ownMs.push_back(std::max(0.0, wallMs - double(reply.usage.latencyMs)));
                if (inFlow) {
                    ++f.flowMessages;
                    f.flowRouting += routing;
                } else if (menu) {
                    ++f.menuMessages;
                    f.menuRouting += routing;
                } else {
                    ++f.newTopics;
                    f.newTopicRouting += routing;
                }
            }
        }
    }
    return f;
}

const char *verdict(bool ok)
{
    return ok ? "OK" : "SHORT";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.info=false\n*.debug=false\n*.warning=false"));
    const int rounds = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 200;

    QTemporaryDir dir;
    store::Database db({QString(), dir.filePath(QStringLiteral("bench.db")), QString()});
    if (!db.open())
        return 1;
    auto demo = db.runSync<bool>([](store::DbContext &ctx) { return toResult(store::loadDemoDataIfEmpty(ctx)); });
    if (!demo) {
        std::fprintf(stderr, "demo data: %s\n", qPrintable(demo.error().message));
        return 1;
    }

    testing::FakeHttpServer fake;
    fake.setHandler(fakeLlm);
    if (!fake.start())
        return 1;
    integrations::CurlClient curl;
    ai::LlmConfig config;
    config.baseUrl = fake.baseUrl();
    config.authToken = QStringLiteral("bench-token");
    config.model = QStringLiteral("glm-4.5");
    ai::LlmClient llm(&curl, config);
    ai::LlmClient noLlm(&curl, ai::LlmConfig{QString(), QString(), QString(), QString()});
    knowledge::LocalFaqProvider faq(&db);
    const services::ServiceCatalog catalog = services::ServiceCatalog::defaults();
    const auto registry = [&faq](ai::LlmClient *answers) { return testing::parishServices(&faq, answers); };
    assistant::Assistant withLlm(catalog, registry(&llm), &llm);
    assistant::Assistant offline(catalog, registry(&noLlm), &noLlm);

    runMix(withLlm, &fake, 2); // warm-up: connections, FAQ rows, caches
    runMix(offline, nullptr, 2);
    const Figures f = runMix(withLlm, &fake, rounds);
    const Figures o = runMix(offline, nullptr, rounds);

    // The offline router alone, over the public intent set.
    std::vector<double> routerUs;
    QFile tsv(QStringLiteral(CONCIERGE_FIXTURES_DIR "/parish/intents-public.tsv"));
    QStringList lines;
    if (tsv.open(QIODevice::ReadOnly))
        lines = QString::fromUtf8(tsv.readAll()).split(u'\n', Qt::SkipEmptyParts).mid(1);
    const ai::OfflineRouter router(withLlm.services().routable(catalog));
    for (int r = 0; r < 20; ++r) {
        for (const QString &line : std::as_const(lines)) {
            const QString text = line.section(u'\t', 0, 0);
            QElapsedTimer t;
            t.start();
            const domain::RoutingResult result = router.route(text);
            routerUs.push_back(double(t.nsecsElapsed()) / 1e3);
            Q_UNUSED(result);
        }
    }

    const double n = qMax(1, f.messages);
    std::printf("assistant-bench: %d rounds of %d conversations, %d messages; instant fake Messages API on %s\n",
                rounds, int(kConversations.size()), f.messages, qPrintable(fake.baseUrl()));
    std::printf("with the LLM:\n");
    std::printf("  LLM calls per message          : %6.2f\n", f.llmCalls / n);
    std::printf("  tokens per message (in / out)  : %6.0f / %.0f   (fake counts input as request bytes / 4)\n",
                double(f.tokensIn) / n, double(f.tokensOut) / n);
    const double perTopic = double(f.newTopicRouting) / qMax(1, f.newTopics);
    std::printf("  routing calls per new topic    : %6.2f   goal <= 1   %s   (%d new topics)\n", perTopic,
                verdict(perTopic <= 1.0), f.newTopics);
    std::printf("  routing calls inside flows     : %6d   goal 0      %s   (%d flow messages)\n", f.flowRouting,
                verdict(f.flowRouting == 0), f.flowMessages);
    std::printf("  routing calls on menu numbers  : %6d   goal 0      %s   (%d menu answers)\n", f.menuRouting,
                verdict(f.menuRouting == 0), f.menuMessages);
    const double p99 = percentile(f.ownMs, 99);
    std::printf("  own latency (wall - LLM wait)  : p50 %.3f ms, p99 %.3f ms   goal p99 <= 5 ms   %s\n",
                percentile(f.ownMs, 50), p99, verdict(p99 <= 5.0));
    std::printf("offline (no LLM configured):\n");
    const double op99 = percentile(o.ownMs, 99);
    std::printf("  assistant latency              : p50 %.3f ms, p99 %.3f ms   goal p99 <= 5 ms   %s\n",
                percentile(o.ownMs, 50), op99, verdict(op99 <= 5.0));
    std::printf("  offline router alone           : p50 %.1f us, p99 %.1f us over %d routes\n",
                percentile(routerUs, 50), percentile(routerUs, 99), int(routerUs.size()));
    std::printf("(LLM wait is measured by LlmClient in whole milliseconds: the own latency is +-1 ms per call)\n");
    return 0;
}
