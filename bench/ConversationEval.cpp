// conversation-eval: the labelled message set of bench/conversations/set.tsv through the real assistant (the offline
// router, and the LLM path when ANTHROPIC_* is set), each message as the first of a new conversation. Prints
// accuracy per split, service and language, the confusion matrix, FAQ answer accuracy, urgent handoffs, and the
// misses of the tuning part (held-out misses only with --reveal-heldout: they must not be tuned on). While tuning,
// --tuning-only runs the tuning part alone, so that even the held-out part's figures are not seen at every try.
//
//   conversation-eval SET.tsv [--tuning-only | --reveal-heldout]
//   conversation-eval --explain TEXT   (the routing and the FAQ rows' scores for one message, with its terms)

#include "ai/LlmClient.h"
#include "assistant/Assistant.h"
#include "config/Settings.h"
#include "integrations/CurlClient.h"
#include "knowledge/KnowledgeIndex.h"
#include "knowledge/LocalFaqProvider.h"
#include "services/ServiceCatalog.h"
#include "store/Database.h"
#include "store/DemoData.h"
#include "store/FaqRepository.h"
#include "support/ParishServices.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QMap>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace concierge;

namespace {

struct Line
{
    int id = 0;
    bool heldOut = false;
    QString language;
    QString service; // renseignement | catechese | contact_humain | salutation | unclear
    QString faq;     // expected FAQ row id, or empty
    bool urgent = false;
    QString text;
};

struct Outcome
{
    QString service; // in the set's vocabulary
    QString faq;     // the FAQ row answered, or empty
    bool urgent = false;
};

QList<Line> readSet(const QString &path)
{
    QList<Line> lines;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    const QStringList rows = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &row : rows) {
        if (row.startsWith(u'#') || row.startsWith(QLatin1String("id\t")))
            continue;
        const QStringList f = row.split(u'\t');
        if (f.size() != 7) {
            std::fprintf(stderr, "skipped (not 7 columns): %s\n", qPrintable(row));
            continue;
        }
        lines.append(
            {f[0].toInt(), f[1] == QLatin1String("heldout"), f[2], f[3], f[4], f[5] == QLatin1String("urgent"), f[6]});
    }
    return lines;
}

// What the assistant did with a message, in the set's labels.
Outcome outcomeOf(const assistant::AssistantReply &reply)
{
    Outcome o;
    const domain::RoutingResult &r = reply.routing;
    if (r.service != domain::ServiceId::Unknown)
        o.service = domain::serviceName(r.service);
    else if (r.intent == QLatin1String("salutation") || r.intent == QLatin1String("remerciement"))
        o.service = QStringLiteral("salutation");
    else
        o.service = QStringLiteral("unclear");
    o.faq = r.entities.value(QStringLiteral("faq_id")).toString().remove(QStringLiteral("faq_"));
    o.urgent = reply.handoff && reply.handoff->urgent;
    return o;
}

Outcome run(assistant::Assistant &assistant, const Line &line)
{
    domain::Session session;
    session.chatId = QStringLiteral("eval-%1@c.us").arg(line.id);
    QEventLoop loop;
    assistant::AssistantReply reply;
    bool done = false;
    assistant.handle({session.chatId, line.text, session, {}}, &loop, [&](assistant::AssistantReply r) {
        reply = std::move(r);
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return outcomeOf(reply);
}

struct Tally
{
    int total = 0;
    int right = 0;
    void add(bool ok)
    {
        ++total;
        right += ok ? 1 : 0;
    }
    QString text() const
    {
        return total == 0 ? QStringLiteral("-")
                          : QStringLiteral("%1% (%2/%3)").arg(100.0 * right / total, 0, 'f', 1).arg(right).arg(total);
    }
};

const QStringList kLabels = {QStringLiteral("renseignement"), QStringLiteral("catechese"),
                             QStringLiteral("contact_humain"), QStringLiteral("salutation"), QStringLiteral("unclear")};

void report(const char *title, const QList<Line> &lines, const QList<Outcome> &outcomes, bool heldOut, bool reveal)
{
    Tally all, faq, urgent;
    QMap<QString, Tally> byService, byLanguage;
    QMap<QString, QMap<QString, int>> confusion;
    QStringList misses;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &l = lines[i];
        if (l.heldOut != heldOut)
            continue;
        const Outcome &o = outcomes[i];
        const bool ok = o.service == l.service;
        all.add(ok);
        byService[l.service].add(ok);
        byLanguage[l.language].add(ok);
        ++confusion[l.service][o.service];
        const bool faqOk = l.faq.isEmpty() || o.faq == l.faq;
        if (!l.faq.isEmpty())
            faq.add(faqOk);
        if (l.urgent)
            urgent.add(ok && o.urgent);
        if (!ok || !faqOk || (l.urgent && !o.urgent)) {
            misses.append(QStringLiteral("  #%1 [%2] expected %3%4%5, got %6%7%8: %9")
                              .arg(l.id)
                              .arg(l.language, l.service, l.faq.isEmpty() ? QString() : QStringLiteral(" faq ") + l.faq,
                                   l.urgent ? QStringLiteral(" urgent") : QString(), o.service,
                                   o.faq.isEmpty() ? QString() : QStringLiteral(" faq ") + o.faq,
                                   o.urgent ? QStringLiteral(" urgent") : QString(), l.text));
        }
    }
    std::printf("\n== %s: %s\n", title, qPrintable(all.text()));
    for (auto it = byService.cbegin(); it != byService.cend(); ++it)
        std::printf("  service %-15s %s\n", qPrintable(it.key()), qPrintable(it.value().text()));
    for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it)
        std::printf("  language %-14s %s\n", qPrintable(it.key()), qPrintable(it.value().text()));
    std::printf("  FAQ answer accuracy     %s\n", qPrintable(faq.text()));
    std::printf("  urgent handoffs         %s\n", qPrintable(urgent.text()));
    std::printf("  confusion (rows expected, columns got):\n  %-15s", "");
    for (const QString &label : kLabels)
        std::printf(" %14s", qPrintable(label));
    std::printf("\n");
    for (const QString &expected : kLabels) {
        std::printf("  %-15s", qPrintable(expected));
        for (const QString &got : kLabels)
            std::printf(" %14d", confusion.value(expected).value(got));
        std::printf("\n");
    }
    if (heldOut && !reveal) {
        std::printf("  misses: %lld (hidden: held-out lines are not for tuning; --reveal-heldout shows them)\n",
                    qlonglong(misses.size()));
        return;
    }
    std::printf("  misses: %lld\n", qlonglong(misses.size()));
    for (const QString &miss : std::as_const(misses))
        std::printf("%s\n", qPrintable(miss));
}

void evaluate(const char *name, assistant::Assistant &assistant, const QList<Line> &lines, bool reveal)
{
    QList<Outcome> outcomes;
    for (const Line &line : lines)
        outcomes.append(run(assistant, line));
    std::printf("\n######## %s\n", name);
    report("tuning part", lines, outcomes, false, true);
    if (std::ranges::any_of(lines, [](const Line &l) { return l.heldOut; }))
        report("held-out part", lines, outcomes, true, reveal);
}

// Why a message goes where it goes: its route, its FAQ terms and the rows' scores.
int explain(const QString &text, const QList<store::FaqRow> &rows)
{
    const ai::OfflineRouter router = testing::parishRouter();
    const domain::RoutingResult r = router.route(text);
    std::printf("route: %s (%s, %.2f, language %s)\n", qPrintable(domain::serviceName(r.service)), qPrintable(r.intent),
                r.confidence, qPrintable(r.language));
    const QHash<domain::ServiceId, double> scores = router.scores(text);
    for (auto it = scores.cbegin(); it != scores.cend(); ++it)
        std::printf("  score %-15s %.2f\n", qPrintable(domain::serviceName(it.key())), it.value());
    std::printf("terms: %s\n", qPrintable(knowledge::KnowledgeIndex::terms(text).join(u' ')));
    for (const knowledge::FaqMatch &m : knowledge::KnowledgeIndex(rows).search(text, r.language, 5))
        std::printf("  faq %-3lld %6.2f  %s\n", qlonglong(m.row.id), m.score, qPrintable(m.row.question));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.info=false\n*.debug=false\n*.warning=false"));
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: conversation-eval SET.tsv [--tuning-only | --reveal-heldout]\n");
        return 2;
    }
    if (args[1] == QLatin1String("--explain") && args.size() > 2) {
        QTemporaryDir dir;
        store::Database db({QString(), dir.filePath(QStringLiteral("eval.db")), QString()});
        if (!db.open())
            return 1;
        const auto rows = db.runSync<QList<store::FaqRow>>([](store::DbContext &ctx) {
            if (auto loaded = store::loadDemoDataIfEmpty(ctx); !loaded)
                return Result<QList<store::FaqRow>>(loaded.error());
            return store::FaqRepository::all(ctx);
        });
        return rows ? explain(args[2], rows.value()) : 1;
    }
    QList<Line> lines = readSet(args[1]);
    if (args.contains(QStringLiteral("--tuning-only")))
        lines.removeIf([](const Line &l) { return l.heldOut; });
    if (lines.isEmpty()) {
        std::fprintf(stderr, "no labelled lines in %s\n", qPrintable(args[1]));
        return 2;
    }
    const bool reveal = args.contains(QStringLiteral("--reveal-heldout"));

    QTemporaryDir dir;
    store::Database db({QString(), dir.filePath(QStringLiteral("eval.db")), QString()});
    if (!db.open())
        return 1;
    auto demo = db.runSync<bool>([](store::DbContext &ctx) { return toResult(store::loadDemoDataIfEmpty(ctx)); });
    if (!demo) {
        std::fprintf(stderr, "demo data: %s\n", qPrintable(demo.error().message));
        return 1;
    }
    integrations::CurlClient curl;
    knowledge::LocalFaqProvider faq(&db);
    const services::ServiceCatalog catalog = services::ServiceCatalog::defaults();
    const auto registry = [&faq](ai::LlmClient *answers) { return testing::parishServices(&faq, answers); };
    std::printf("%lld labelled messages (%lld held out)\n", qlonglong(lines.size()),
                qlonglong(std::ranges::count_if(lines, [](const Line &l) { return l.heldOut; })));

    ai::LlmClient noLlm(&curl, ai::LlmConfig{QString(), QString(), QString(), QString()});
    assistant::Assistant offline(catalog, registry(&noLlm), &noLlm);
    evaluate("offline router", offline, lines, reveal);

    const auto settings = config::SettingsLoader::fromEnvironment(config::SettingsLoader::processEnvironment());
    if (settings && settings->llmConfigured()) {
        ai::LlmConfig config;
        config.baseUrl = settings->anthropicBaseUrl;
        config.authToken = settings->anthropicAuthToken;
        config.apiKey = settings->anthropicApiKey;
        config.model = settings->anthropicModel;
        ai::LlmClient llm(&curl, config);
        assistant::Assistant withLlm(catalog, registry(&llm), &llm);
        evaluate("LLM path", withLlm, lines, reveal);
    } else {
        std::printf("\n(LLM path skipped: set ANTHROPIC_BASE_URL, ANTHROPIC_MODEL and a token to run it)\n");
    }
    return 0;
}
