#pragma once

#include "ai/Routing.h"
#include "services/ServiceCatalog.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace concierge::ai {

// Routes a message without the LLM: menu numbers, greetings, then accent- and typo-tolerant scoring of the
// catalog's weighted keywords and phrases (French and English). Used when the LLM is not configured, fails or
// times out. Keyword tables are normalized once in the constructor; route() is const and thread-safe.
class OfflineRouter
{
public:
    explicit OfflineRouter(services::ServiceCatalog catalog = services::ServiceCatalog::defaults());

    // service Unknown means "not sure": the caller shows the menu. source is "offline" (or "menu" for 1/2/3).
    RoutingResult route(const QString &text) const;

    // Score of each enabled service for a text (for diagnostics and tests).
    QHash<ServiceId, double> scores(const QString &text) const;

    // "SA-4821", "sa 4821", "SA4821", "sa-4821" -> "SA-4821"; empty when there is none.
    static QString extractParentCode(const QString &text);
    // "mon fils Paul", "le certificat de Paul" -> "Paul"; empty unless obvious.
    static QString extractChildFirstName(const QString &text);
    // 1 / "1." / "un" / "one" / "option 2" -> the service of that menu line; Unknown otherwise.
    static ServiceId menuChoice(const QString &normalizedText);

    // Below this score the router answers Unknown.
    static constexpr double kMinScore = 1.5;

private:
    struct Term
    {
        QString text;
        bool prefix = false; // keyword written "inscri*"
    };
    struct Phrase
    {
        QList<int> terms; // ids in m_terms
        double weight = 1;
        ServiceId service = ServiceId::Unknown;
        QString label; // snake_case, used as the intent
    };
    struct Scored
    {
        double score = 0;
        double bestWeight = 0;
        QString label;
    };

    void addKeywords(ServiceId service, const QList<services::WeightedKeyword> &keywords);
    int termId(const QString &text, bool prefix);
    QList<QList<int>> matchTokens(const QStringList &tokens) const;
    QHash<ServiceId, Scored> score(const QStringList &tokens) const;
    RoutingResult decide(const QHash<ServiceId, Scored> &scored) const;

    services::ServiceCatalog m_catalog;
    QList<Term> m_terms;
    QHash<QString, int> m_termIndex;   // exact terms ("inscri*" for prefixes)
    QList<QList<int>> m_fuzzyByLength; // length -> ids of whole-word terms of 4+ letters
    QList<int> m_prefixTerms;
    QList<Phrase> m_phrases;
};

} // namespace concierge::ai
