#include "knowledge/BaserowFaqProvider.h"

#include "knowledge/BaserowFaqSource.h"

namespace concierge::knowledge {

BaserowFaqProvider::BaserowFaqProvider(BaserowFaqSource *source, QObject *parent)
    : FaqProvider(parent)
    , m_source(source)
{
}

void BaserowFaqProvider::rows(QObject *context, std::function<void(const QList<store::FaqRow> &)> done)
{
    m_source->rows(context, [done](const QList<store::FaqRow> &rows, bool) { done(rows); });
}

} // namespace concierge::knowledge
