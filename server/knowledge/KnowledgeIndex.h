#pragma once

#include "store/Records.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace concierge::knowledge {

// One FAQ row found for a question; higher scores are better matches (see KnowledgeBase::isConfidentMatch).
struct FaqMatch
{
    store::FaqRow row;
    double score = 0;
};

// A search index over one set of FAQ rows, built once: normalized, stemmed terms per row with their field weight
// (keywords count more than the question, the question more than the answer) and their rarity across rows.
// Immutable after construction, so one index can serve several threads.
class KnowledgeIndex
{
public:
    explicit KnowledgeIndex(const QList<store::FaqRow> &rows);

    // Best rows first, at most `limit`, only rows that share something with the question. Rows written in
    // `language` are preferred when they fit as well as the others.
    QList<FaqMatch> search(const QString &question, const QString &language, int limit = 3) const;
    // Only this many distinct terms of a question are looked up (its first ones).
    static constexpr qsizetype kMaxQueryTerms = 64;

    qsizetype size() const { return m_rows.size(); }
    // The terms a text is reduced to (stop words dropped, light stemming); shared by rows and questions.
    static QStringList terms(const QString &text);
    // "where", "price", "time": what a question asks for, shared by the questions and the answers that give it.
    static bool isConceptTerm(const QString &term);

private:
    struct Entry
    {
        store::FaqRow row;
        QHash<QString, double> termWeights; // term -> best field weight
    };

    struct QueryTerm
    {
        QHash<QString, double> candidates; // index term -> match quality
        bool subject = true;               // not a concept ("time") nor a qualifier ("samedi")
    };

    QHash<QString, double> expandQueryTerm(const QString &term) const;
    double bestMatch(const Entry &entry, const QHash<QString, double> &candidates) const;

    QList<Entry> m_rows;
    QHash<QString, double> m_idf;
    QSet<QString> m_languages;
};

} // namespace concierge::knowledge
