#include "assistant/RenseignementService.h"

#include "ai/AnswerWriter.h"
#include "assistant/FaqProvider.h"
#include "core/Log.h"

#include <QPointer>

namespace concierge::assistant {

RenseignementService::RenseignementService(FaqProvider *faq, ai::AnswerWriter *writer, QObject *parent)
    : QObject(parent)
    , m_faq(faq)
    , m_writer(writer)
{
}

void RenseignementService::answer(const QString &question, const QString &language, const QList<ai::ChatTurn> &history,
                                  const QString &systemPrompt, QObject *context, std::function<void(Answer)> done,
                                  bool useLlm)
{
    QPointer<QObject> guard(context);
    m_faq->rows(this, [=, this](const QList<store::FaqRow> &rows) {
        if (!guard)
            return;
        const QList<services::FaqMatch> matches = m_knowledge.search(question, language, rows, kGroundingRows);
        if (matches.isEmpty() || !m_knowledge.isConfidentMatch(matches.first())) {
            done(Answer{std::nullopt, {}, {}, QStringLiteral("offline")});
            return;
        }
        const store::FaqRow best = matches.first().row;
        const QString faqId = QStringLiteral("faq_%1").arg(best.id);
        if (!m_writer || !useLlm) {
            done(Answer{best.answer, faqId, {}, QStringLiteral("offline")});
            return;
        }
        QList<store::FaqRow> grounding;
        for (const services::FaqMatch &match : matches)
            grounding.append(match.row);
        m_writer->answer(
            question, grounding, history, language, systemPrompt, this, [=](Result<QString> text, ai::LlmUsage usage) {
                if (!guard)
                    return;
                if (!text) {
                    // The LLM failed: the parent still gets the best row, and nothing of the outage.
                    qCInfo(lcAssistant) << "grounded answer failed, sending the FAQ answer:" << text.error().code;
                    done(Answer{best.answer, faqId, usage, QStringLiteral("offline")});
                    return;
                }
                done(Answer{text.value(), faqId, usage, QStringLiteral("llm")});
            });
    });
}

} // namespace concierge::assistant
