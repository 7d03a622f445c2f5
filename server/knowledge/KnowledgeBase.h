#pragma once

#include "knowledge/KnowledgeIndex.h"

#include <QMutex>

#include <memory>

namespace concierge::knowledge {

// Finds the FAQ rows that answer a question. The index of the last row set is kept and rebuilt only when the rows
// change, so callers may pass the rows they just loaded on every message. Thread-safe.
class KnowledgeBase
{
public:
    KnowledgeBase() = default;
    Q_DISABLE_COPY_MOVE(KnowledgeBase)

    QList<FaqMatch> search(const QString &question, const QString &language, const QList<store::FaqRow> &rows,
                           int limit = 3) const;
    // The index for a row set (cached); useful to search several questions against the same rows.
    std::shared_ptr<const KnowledgeIndex> index(const QList<store::FaqRow> &rows) const;

    // Under this score a match is too weak to answer with: the caller offers a person instead.
    static constexpr double kConfidentScore = 4.0;
    static bool isConfidentMatch(const FaqMatch &match) { return match.score >= kConfidentScore; }

private:
    static size_t fingerprint(const QList<store::FaqRow> &rows);

    mutable QMutex m_mutex;
    mutable std::shared_ptr<const KnowledgeIndex> m_index;
    mutable size_t m_fingerprint = 0;
};

} // namespace concierge::knowledge
