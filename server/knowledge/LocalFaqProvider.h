#pragma once

#include "knowledge/FaqProvider.h"

#include <QPointer>

namespace concierge::store {
class Database;
}

namespace concierge::knowledge {

// The faq table, read once and kept in memory until reload() (the table changes only through the API or an import).
class LocalFaqProvider final : public FaqProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalFaqProvider)

public:
    explicit LocalFaqProvider(store::Database *db, QObject *parent = nullptr);

    void rows(QObject *context, std::function<void(const QList<store::FaqRow> &)> done) override;
    QString sourceName() const override { return QStringLiteral("local"); }
    void reload();

private:
    store::Database *m_db;
    QList<store::FaqRow> m_rows;
    bool m_loaded = false;
    bool m_loading = false;
    QList<std::pair<QPointer<QObject>, std::function<void(const QList<store::FaqRow> &)>>> m_waiting;
};

} // namespace concierge::knowledge
