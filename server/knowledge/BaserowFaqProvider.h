#pragma once

#include "knowledge/FaqProvider.h"

namespace concierge::knowledge {

class BaserowFaqSource;

// The knowledge base kept in a Baserow table (cached; the last rows are used while Baserow is down).
class BaserowFaqProvider final : public FaqProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BaserowFaqProvider)

public:
    explicit BaserowFaqProvider(BaserowFaqSource *source, QObject *parent = nullptr);
    void rows(QObject *context, std::function<void(const QList<store::FaqRow> &)> done) override;
    QString sourceName() const override { return QStringLiteral("baserow"); }

private:
    BaserowFaqSource *m_source;
};

} // namespace concierge::knowledge
