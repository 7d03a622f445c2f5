#pragma once

#include "ai/Routing.h"
#include "services/KnowledgeBase.h"

#include <QObject>

#include <functional>
#include <optional>

namespace concierge::ai {
class AnswerWriter;
}

namespace concierge::assistant {

class FaqProvider;

// RENSEIGNEMENT: answers from the knowledge base. The best rows are found locally; with an LLM they ground its
// answer (it may only use them), without one (or when it fails) the best row's answer is sent as is.
class RenseignementService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenseignementService)

public:
    struct Answer
    {
        std::optional<QString> text; // nullopt: nothing in the knowledge base matches
        QString faqId;               // id of the best row, for the interaction's intent
        ai::LlmUsage usage;
        QString source; // "llm" | "offline"
    };

    RenseignementService(FaqProvider *faq, ai::AnswerWriter *writer, QObject *parent = nullptr);

    // useLlm false: the best row as is, even with an LLM (it just failed for this message: do not wait on it twice).
    void answer(const QString &question, const QString &language, const QList<ai::ChatTurn> &history,
                const QString &systemPrompt, QObject *context, std::function<void(Answer)> done, bool useLlm = true);

    static constexpr int kGroundingRows = 3;

private:
    FaqProvider *m_faq;
    ai::AnswerWriter *m_writer; // null when no LLM is configured
    services::KnowledgeBase m_knowledge;
};

} // namespace concierge::assistant
