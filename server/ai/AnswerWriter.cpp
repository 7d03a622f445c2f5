#include "ai/AnswerWriter.h"

#include "ai/LlmClient.h"

#include <QJsonArray>
#include <QTimer>

namespace concierge::ai {

namespace {

QJsonObject textBlock(const QString &text)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}};
}

QString knowledgeBlock(const QList<store::FaqRow> &rows)
{
    QString out = QStringLiteral("Knowledge-base entries (the only facts you may use):\n");
    int n = 0;
    for (const store::FaqRow &row : rows) {
        if (++n > AnswerWriter::kMaxRows)
            break;
        out += QStringLiteral("[%1] Q: %2\nA: %3\n").arg(n).arg(row.question.trimmed(), row.answer.trimmed());
    }
    return out;
}

} // namespace

AnswerWriter::AnswerWriter(LlmClient *llm, QObject *parent)
    : QObject(parent)
    , m_llm(llm)
{
}

QString AnswerWriter::languageName(const QString &isoCode)
{
    const QString code = isoCode.trimmed().toLower().left(2);
    static const QList<QPair<QString, QString>> names = {
        {QStringLiteral("fr"), QStringLiteral("French")},        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("wo"), QStringLiteral("Wolof")},         {QStringLiteral("es"), QStringLiteral("Spanish")},
        {QStringLiteral("pt"), QStringLiteral("Portuguese")},    {QStringLiteral("it"), QStringLiteral("Italian")},
        {QStringLiteral("de"), QStringLiteral("German")},        {QStringLiteral("ar"), QStringLiteral("Arabic")},
        {QStringLiteral("ff"), QStringLiteral("Fula (Pulaar)")}, {QStringLiteral("sr"), QStringLiteral("Serer")},
    };
    for (const auto &[iso, name] : names) {
        if (iso == code)
            return name;
    }
    return code.isEmpty() ? QStringLiteral("French") : QStringLiteral("the language with ISO 639-1 code ") + code;
}

QString AnswerWriter::systemPrompt(const QString &language, const QString &serviceSystemPrompt)
{
    QString prompt = QStringLiteral(
        "You are the WhatsApp assistant of a Catholic parish office in Dakar, Senegal.\n"
        "Answer ONLY from the knowledge-base entries given in the conversation. Never invent times, dates, prices, "
        "names or phone numbers. If the entries do not cover the question, say briefly that you do not know and "
        "suggest asking to speak to the parish secretariat.\n"
        "Be brief and friendly: a few short sentences fit for WhatsApp, plain text, no markdown headings.");
    if (!serviceSystemPrompt.trimmed().isEmpty())
        prompt += QStringLiteral("\n\n") + serviceSystemPrompt.trimmed();
    // Last, so that the part before it stays identical between calls in different languages.
    prompt += QStringLiteral("\n\nAlways answer in %1, the user's language.").arg(languageName(language));
    return prompt;
}

QJsonObject AnswerWriter::buildRequest(const QString &question, const QList<store::FaqRow> &rows,
                                       const QList<domain::ChatTurn> &history, const QString &language,
                                       const QString &serviceSystemPrompt)
{
    const QList<domain::ChatTurn> turns = LlmClient::conversation(history, kHistoryTurns, question);
    QJsonArray messages;
    for (qsizetype i = 0; i < turns.size(); ++i) {
        QJsonArray blocks;
        if (i == 0) // the entries open the first user turn: roles still alternate, and the prefix stays cacheable
            blocks.append(textBlock(knowledgeBlock(rows)));
        blocks.append(textBlock(turns.at(i).text));
        messages.append(QJsonObject{{QStringLiteral("role"), domain::speakerName(turns.at(i).speaker)},
                                    {QStringLiteral("content"), blocks}});
    }
    return QJsonObject{
        {QStringLiteral("system"), systemPrompt(language, serviceSystemPrompt)},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("max_tokens"), kMaxTokens},
        {QStringLiteral("temperature"), 0.2},
    };
}

Result<QString> AnswerWriter::parseResponse(const LlmResponse &response)
{
    if (!response.ok)
        return Error{QStringLiteral("llm_unavailable"),
                     response.errorType + QStringLiteral(": ") + response.errorMessage};
    if (response.stopReason == QLatin1String("refusal"))
        return Error{QStringLiteral("llm_refusal"), QStringLiteral("the model refused to answer")};
    const QString text = response.text.trimmed();
    if (text.isEmpty())
        return Error{QStringLiteral("llm_empty_answer"), QStringLiteral("the model returned no text")};
    return text;
}

void AnswerWriter::answer(const QString &question, const QList<store::FaqRow> &rows,
                          const QList<domain::ChatTurn> &history, const QString &language,
                          const QString &serviceSystemPrompt, QObject *context, Callback done)
{
    if (rows.isEmpty() || question.trimmed().isEmpty()) {
        QTimer::singleShot(0, context ? context : this, [done = std::move(done)] {
            done(Error{QStringLiteral("no_entries"), QStringLiteral("no knowledge-base entry to ground an answer")},
                 domain::LlmUsage{});
        });
        return;
    }
    m_llm->createMessage(
        buildRequest(question, rows, history, language, serviceSystemPrompt), context,
        [done = std::move(done)](const LlmResponse &response) { done(parseResponse(response), response.usage); });
}

} // namespace concierge::ai
