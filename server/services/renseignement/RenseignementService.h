#pragma once

#include "domain/ChatTurn.h"
#include "domain/Routing.h"
#include "knowledge/KnowledgeBase.h"
#include "services/Service.h"

#include <QObject>

#include <functional>
#include <optional>

namespace concierge::ai {
class AnswerWriter;
class LlmClient;
} // namespace concierge::ai

namespace concierge::knowledge {
class FaqProvider;
}

namespace concierge::services {

// RENSEIGNEMENT: answers from the knowledge base. The best rows are found locally; with an LLM they ground its
// answer (it may only use them), without one (or when it fails) the best row's answer is sent as is.
class RenseignementService final : public QObject, public Service
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenseignementService)

public:
    struct Answer
    {
        std::optional<QString> text; // nullopt: nothing in the knowledge base matches
        QString faqId;               // id of the best row, for the interaction's intent
        domain::LlmUsage usage;
        bool byLlm = false; // the LLM wrote it (else the best row as is)
    };

    // `llm` null or not configured: answers are the best row as is.
    RenseignementService(knowledge::FaqProvider *faq, ai::LlmClient *llm, QObject *parent = nullptr);

    domain::ServiceId id() const override { return domain::ServiceId::Renseignement; }
    QString description() const override;
    void handle(std::shared_ptr<ServiceTurn> turn, QObject *context, Done done) override;

    // useLlm false: the best row as is, even with an LLM (it just failed for this message: do not wait on it twice).
    void answer(const QString &question, const QString &language, const QList<domain::ChatTurn> &history,
                const QString &systemPrompt, QObject *context, std::function<void(Answer)> done, bool useLlm = true);

    static constexpr int kGroundingRows = 3;

private:
    knowledge::FaqProvider *m_faq;
    ai::AnswerWriter *m_writer; // null when no LLM is configured
    knowledge::KnowledgeBase m_knowledge;
};

} // namespace concierge::services
