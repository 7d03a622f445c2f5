#include "ai/AnswerWriter.h"
#include "ai/LlmClient.h"
#include "integrations/CurlClient.h"
#include "support/FakeAnthropic.h"

#include <QJsonArray>
#include <QTest>

#include <memory>
#include <optional>

using namespace concierge;
using namespace concierge::ai;
using namespace concierge::domain;
using concierge::testing::FakeAnthropic;

namespace {

store::FaqRow faq(qint64 id, const QString &q, const QString &a)
{
    store::FaqRow row;
    row.id = id;
    row.question = q;
    row.answer = a;
    return row;
}

const QList<store::FaqRow> kRows{
    faq(1, QStringLiteral("Quels sont les horaires de messe ?"),
        QStringLiteral("Messe en semaine à 7h, le dimanche à 8h30 et 10h30.")),
    faq(2, QStringLiteral("Comment inscrire un enfant au baptême ?"),
        QStringLiteral("Passez au secrétariat avec l'acte de naissance, du lundi au vendredi de 9h à 12h.")),
};

QString allText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QString out;
    for (const QJsonValue &b : content.toArray())
        out += b.toObject().value(QLatin1String("text")).toString() + QLatin1Char('\n');
    return out;
}

} // namespace

class TestAnswerWriter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeAnthropic> m_fake;
    std::unique_ptr<integrations::CurlClient> m_http;
    std::unique_ptr<LlmClient> m_llm;
    std::unique_ptr<AnswerWriter> m_writer;

    std::pair<Result<QString>, LlmUsage> answer(const QString &question, const QList<store::FaqRow> &rows,
                                                const QList<ChatTurn> &history, const QString &language,
                                                const QString &servicePrompt = {})
    {
        std::optional<std::pair<Result<QString>, LlmUsage>> out;
        m_writer->answer(question, rows, history, language, servicePrompt, this,
                         [&out](Result<QString> r, LlmUsage u) { out.emplace(std::move(r), u); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000); }();
        return out.value_or(std::pair<Result<QString>, LlmUsage>{Error{}, LlmUsage{}});
    }

private slots:
    void init()
    {
        m_fake = std::make_unique<FakeAnthropic>();
        QVERIFY(m_fake->start());
        m_http = std::make_unique<integrations::CurlClient>();
        LlmConfig c;
        c.baseUrl = m_fake->baseUrl();
        c.apiKey = QStringLiteral("sk-ant-key");
        c.model = QStringLiteral("glm-4.5");
        c.retryDelayScale = 0.01;
        c.maxRetryDelayMs = 20;
        m_llm = std::make_unique<LlmClient>(m_http.get(), c);
        m_writer = std::make_unique<AnswerWriter>(m_llm.get());
    }

    void cleanup()
    {
        m_writer.reset();
        m_llm.reset();
        m_http.reset();
        m_fake.reset();
    }

    void groundedRequest()
    {
        m_fake->enqueue(FakeAnthropic::text(QStringLiteral("La messe du dimanche est à 8h30 et 10h30."), true));
        const QList<ChatTurn> history{{Speaker::User, QStringLiteral("Bonjour")},
                                      {Speaker::Assistant, QStringLiteral("Bonjour ! Comment puis-je aider ?")}};
        const auto [result, usage] = answer(QStringLiteral("La messe c'est quand dimanche ?"), kRows, history,
                                            QStringLiteral("fr"), QStringLiteral("Tu es poli et chaleureux."));
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result.value(), QStringLiteral("La messe du dimanche est à 8h30 et 10h30.")); // thinking skipped
        QCOMPARE(usage.calls, 1);

        const QJsonObject body = m_fake->requestBodies().constFirst();
        const QString system = body.value(QLatin1String("system")).toString();
        QVERIFY(system.contains(QLatin1String("ONLY")));
        QVERIFY(system.contains(QLatin1String("French")));
        QVERIFY(system.contains(QLatin1String("do not know")));
        QVERIFY(system.contains(QLatin1String("Tu es poli et chaleureux.")));
        const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 3);
        for (qsizetype i = 0; i < messages.size(); ++i)
            QCOMPARE(messages.at(i)[QLatin1String("role")].toString(),
                     i % 2 ? QStringLiteral("assistant") : QStringLiteral("user"));
        // The entries open the conversation, as numbered Q/A; then history; the question comes last.
        const QString first = allText(messages.at(0)[QLatin1String("content")]);
        QVERIFY(first.contains(QLatin1String("[1] Q: Quels sont les horaires de messe ?")));
        QVERIFY(first.contains(QStringLiteral("A: Messe en semaine à 7h, le dimanche à 8h30 et 10h30.")));
        QVERIFY(first.contains(QStringLiteral("[2] Q: Comment inscrire un enfant au baptême ?")));
        QVERIFY(first.indexOf(QLatin1String("[2]")) < first.indexOf(QLatin1String("Bonjour")));
        const QJsonArray last = messages.last()[QLatin1String("content")].toArray();
        QCOMPARE(last.last()[QLatin1String("text")].toString(), QStringLiteral("La messe c'est quand dimanche ?"));
    }

    void noHistoryPutsEntriesBeforeQuestion()
    {
        m_fake->enqueue(FakeAnthropic::text(QStringLiteral("Sunday mass is at 8:30 and 10:30.")));
        const auto [result, usage] = answer(QStringLiteral("When is Sunday mass?"), kRows, {}, QStringLiteral("en"));
        QVERIFY(result.ok());
        const QJsonObject body = m_fake->requestBodies().constFirst();
        QVERIFY(body.value(QLatin1String("system")).toString().contains(QLatin1String("English")));
        const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 1);
        const QJsonArray blocks = messages.at(0)[QLatin1String("content")].toArray();
        QCOMPARE(blocks.size(), 2);
        QVERIFY(blocks.at(0)[QLatin1String("text")].toString().contains(QLatin1String("horaires de messe")));
        QCOMPARE(blocks.at(1)[QLatin1String("text")].toString(), QStringLiteral("When is Sunday mass?"));
    }

    void languageNamedInSystemPrompt()
    {
        QCOMPARE(AnswerWriter::languageName(QStringLiteral("wo")), QStringLiteral("Wolof"));
        QCOMPARE(AnswerWriter::languageName(QStringLiteral("fr")), QStringLiteral("French"));
        QVERIFY(AnswerWriter::languageName(QStringLiteral("sw")).contains(QLatin1String("sw")));
        QVERIFY(AnswerWriter::systemPrompt(QStringLiteral("wo"), {}).contains(QLatin1String("Wolof")));
        // The rules before the language stay identical, for prompt caching.
        const QString fr = AnswerWriter::systemPrompt(QStringLiteral("fr"), QStringLiteral("S"));
        const QString en = AnswerWriter::systemPrompt(QStringLiteral("en"), QStringLiteral("S"));
        QCOMPARE(fr.left(fr.indexOf(QLatin1String("Always answer in"))),
                 en.left(en.indexOf(QLatin1String("Always answer in"))));
    }

    void refusalIsError()
    {
        m_fake->enqueue(FakeAnthropic::message(
            QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                   {QStringLiteral("text"), QStringLiteral("I can't help with that.")}}},
            QStringLiteral("refusal")));
        const auto [result, usage] = answer(QStringLiteral("?"), kRows, {}, QStringLiteral("fr"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("llm_refusal"));
    }

    void emptyTextIsError()
    {
        m_fake->enqueue(FakeAnthropic::text(QStringLiteral("  \n "), true));
        const auto [result, usage] = answer(QStringLiteral("Horaires ?"), kRows, {}, QStringLiteral("fr"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("llm_empty_answer"));
    }

    void noRowsMakesNoCall()
    {
        const auto [result, usage] = answer(QStringLiteral("Horaires ?"), {}, {}, QStringLiteral("fr"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("no_entries"));
        QCOMPARE(m_fake->requestCount(), 0);
    }

    void llmErrorIsError()
    {
        m_fake->enqueue(FakeAnthropic::unauthorized());
        const auto [result, usage] = answer(QStringLiteral("Horaires ?"), kRows, {}, QStringLiteral("fr"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("llm_unavailable"));
        QVERIFY(result.error().message.contains(QLatin1String("authentication_error")));
        QCOMPARE(m_fake->requestCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAnswerWriter)
#include "TestAnswerWriter.moc"
