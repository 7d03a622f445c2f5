#include "knowledge/KnowledgeBase.h"

#include <QHash>
#include <QMutexLocker>

namespace concierge::knowledge {

size_t KnowledgeBase::fingerprint(const QList<store::FaqRow> &rows)
{
    size_t seed = qHash(rows.size());
    for (const store::FaqRow &r : rows) {
        seed = qHashMulti(seed, r.id, r.question, r.answer, r.language);
        for (const QString &k : r.keywords)
            seed = qHashMulti(seed, k);
    }
    return seed;
}

std::shared_ptr<const KnowledgeIndex> KnowledgeBase::index(const QList<store::FaqRow> &rows) const
{
    const size_t fp = fingerprint(rows);
    QMutexLocker lock(&m_mutex);
    if (!m_index || fp != m_fingerprint) {
        m_index = std::make_shared<const KnowledgeIndex>(rows);
        m_fingerprint = fp;
    }
    return m_index;
}

QList<FaqMatch> KnowledgeBase::search(const QString &question, const QString &language,
                                      const QList<store::FaqRow> &rows, int limit) const
{
    return index(rows)->search(question, language, limit);
}

} // namespace concierge::knowledge
