#include "services/renseignement/RenseignementService.h"

#include "ai/AnswerWriter.h"
#include "ai/LlmClient.h"
#include "core/Log.h"
#include "knowledge/FaqProvider.h"
#include "services/ServiceCatalog.h"

#include <QPointer>

namespace concierge::services {

RenseignementService::RenseignementService(knowledge::FaqProvider *faq, ai::LlmClient *llm, QObject *parent)
    : QObject(parent)
    , m_faq(faq)
    , m_writer(llm && llm->configured() ? new ai::AnswerWriter(llm, this) : nullptr)
{
}

QString RenseignementService::description() const
{
    return QStringLiteral("questions about the parish (mass times, sacraments, baptism, marriage, events, office "
                          "hours, fees, addresses, documents to bring).");
}

void RenseignementService::handle(std::shared_ptr<ServiceTurn> turn, QObject *context, Done done)
{
    const ServiceCatalog &catalog = *turn->catalog;
    if (turn->routing.source == domain::RoutingSource::Menu) {
        // "1" is a choice, not a question: searching the FAQ for it would answer "nothing found".
        done(catalog.text(id(), QStringLiteral("ask_question"), turn->language));
        return;
    }
    answer(
        turn->text, turn->language, turn->session.history, catalog.systemPrompt(id()), context,
        [turn, done](Answer answer) {
            turn->usage += answer.usage;
            turn->byLlm = answer.byLlm;
            if (!answer.faqId.isEmpty())
                turn->routing.entities.insert(QStringLiteral("faq_id"), answer.faqId);
            if (!answer.text) {
                turn->routing.intent = QStringLiteral("no_answer");
                done(
                    turn->catalog->text(domain::ServiceId::Renseignement, QStringLiteral("no_answer"), turn->language));
                return;
            }
            done(*answer.text);
        },
        turn->llmAvailable);
}

void RenseignementService::answer(const QString &question, const QString &language,
                                  const QList<domain::ChatTurn> &history, const QString &systemPrompt, QObject *context,
                                  std::function<void(Answer)> done, bool useLlm)
{
    QPointer<QObject> guard(context);
    m_faq->rows(this, [=, this](const QList<store::FaqRow> &rows) {
        if (!guard)
            return;
        const QList<knowledge::FaqMatch> matches = m_knowledge.search(question, language, rows, kGroundingRows);
        if (matches.isEmpty() || !m_knowledge.isConfidentMatch(matches.first())) {
            done(Answer{std::nullopt, {}, {}, false});
            return;
        }
        const store::FaqRow best = matches.first().row;
        const QString faqId = QStringLiteral("faq_%1").arg(best.id);
        if (!m_writer || !useLlm) {
            done(Answer{best.answer, faqId, {}, false});
            return;
        }
        QList<store::FaqRow> grounding;
        for (const knowledge::FaqMatch &match : matches)
            grounding.append(match.row);
        m_writer->answer(question, grounding, history, language, systemPrompt, this,
                         [=](Result<QString> text, domain::LlmUsage usage) {
                             if (!guard)
                                 return;
                             if (!text) {
                                 // The LLM failed: the parent still gets the best row, and nothing of the outage.
                                 qCInfo(lcAssistant)
                                     << "grounded answer failed, sending the FAQ answer:" << text.error().code;
                                 done(Answer{best.answer, faqId, usage, false});
                                 return;
                             }
                             done(Answer{text.value(), faqId, usage, true});
                         });
    });
}

} // namespace concierge::services
