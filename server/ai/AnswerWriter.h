#pragma once

#include "core/Result.h"
#include "domain/ChatTurn.h"
#include "domain/Routing.h"
#include "store/Records.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>

namespace concierge::ai {

class LlmClient;
struct LlmResponse;

// Writes a short WhatsApp answer grounded ONLY in the knowledge-base rows it is given; the model is told to say it
// does not know when the rows do not cover the question.
class AnswerWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerWriter)

public:
    using Callback = std::function<void(Result<QString>, domain::LlmUsage)>;
    static constexpr int kHistoryTurns = 6;
    static constexpr int kMaxTokens = 600;
    static constexpr int kMaxRows = 12;

    explicit AnswerWriter(LlmClient *llm, QObject *parent = nullptr);

    // No rows -> Error "no_entries" without calling the LLM. Empty text or a refusal -> Error.
    // `done` runs later in this thread, once, unless `context` is destroyed first.
    void answer(const QString &question, const QList<store::FaqRow> &rows, const QList<domain::ChatTurn> &history,
                const QString &language, const QString &serviceSystemPrompt, QObject *context, Callback done);

    // Exposed for tests.
    static QString languageName(const QString &isoCode);
    static QString systemPrompt(const QString &language, const QString &serviceSystemPrompt);
    static QJsonObject buildRequest(const QString &question, const QList<store::FaqRow> &rows,
                                    const QList<domain::ChatTurn> &history, const QString &language,
                                    const QString &serviceSystemPrompt);
    static Result<QString> parseResponse(const LlmResponse &response);

private:
    LlmClient *m_llm;
};

} // namespace concierge::ai
