#pragma once

#include "domain/Routing.h"
#include "domain/WeightedKeyword.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace concierge::ai {

// What the offline router knows of one service: plain data taken from the service catalog.
struct RoutableService
{
    domain::ServiceId id = domain::ServiceId::Unknown;
    QList<domain::WeightedKeyword> keywords;
    bool enabled = true;
    // Entities that alone point to this service, whatever the words (catechese: "parent_code").
    QStringList decisiveEntities;
};

// Routes a message without the LLM: menu numbers, urgent pastoral needs (always CONTACT_HUMAIN, entity "urgent"),
// greetings, then accent- and typo-tolerant scoring of the
// services' weighted keywords and phrases (French and English). Used when the LLM is not configured, fails or
// times out. Keyword tables are normalized once in the constructor; route() is const and thread-safe.
class OfflineRouter
{
public:
    // `services` in menu order: "1" chooses the first, "2" the second...
    explicit OfflineRouter(const QList<RoutableService> &services);

    // service Unknown means "not sure": the caller shows the menu. source is "offline" (or "menu" for 1/2/3).
    domain::RoutingResult route(const QString &text) const;

    // Score of each enabled service for a text (for diagnostics and tests).
    QHash<domain::ServiceId, double> scores(const QString &text) const;

    // "SA-4821", "sa 4821", "SA4821", "sa-4821" -> "SA-4821"; empty when there is none.
    static QString extractParentCode(const QString &text);
    // "mon fils Paul", "le certificat de Paul" -> "Paul"; empty unless obvious.
    static QString extractChildFirstName(const QString &text);
    // 1 / "1." / "un" / "one" / "option 2" -> the service of that menu line; Unknown otherwise.
    domain::ServiceId menuChoice(const QString &normalizedText) const;
    // The menu number a normalized text stands for (1 for "1", "un", "first"...), or 0.
    static int menuNumber(const QString &normalizedText);

    // Keywords are looked for in the first this many words of a message.
    static constexpr qsizetype kMaxRoutedTokens = 200;
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
        domain::ServiceId service = domain::ServiceId::Unknown;
        QString label; // snake_case, used as the intent
    };
    struct Scored
    {
        double score = 0;
        double bestWeight = 0;
        QString label;
    };

    void addKeywords(domain::ServiceId service, const QList<domain::WeightedKeyword> &keywords);
    bool isEnabled(domain::ServiceId service) const { return m_enabled.contains(service); }
    int termId(const QString &text, bool prefix);
    QList<QList<int>> matchTokens(const QStringList &tokens) const;
    QHash<domain::ServiceId, Scored> score(const QStringList &tokens) const;
    domain::RoutingResult decide(const QHash<domain::ServiceId, Scored> &scored) const;

    QList<domain::ServiceId> m_menu; // menu order
    QSet<domain::ServiceId> m_enabled;
    QList<domain::ServiceId> m_parentCodeServices; // services for which a parent code is decisive
    QList<Term> m_terms;
    QHash<QString, int> m_termIndex;   // exact terms ("inscri*" for prefixes)
    QList<QList<int>> m_fuzzyByLength; // length -> ids of whole-word terms of 4+ letters
    QList<int> m_prefixTerms;
    QList<Phrase> m_phrases;
};

} // namespace concierge::ai
