#pragma once

#include "knowledge/FaqProvider.h"

#include <QElapsedTimer>
#include <QPointer>

namespace concierge::store {
class Database;
}

namespace concierge::knowledge {

// The faq table, kept in memory. The console's edits and imports call reload(); a copy older than kMaxAgeMs is read
// again in the background (an import by `concierge-server import` from another process), still answering from
// the copy it has.
class LocalFaqProvider final : public FaqProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalFaqProvider)

public:
    explicit LocalFaqProvider(store::Database *db, QObject *parent = nullptr);

    void rows(QObject *context, std::function<void(const QList<store::FaqRow> &)> done) override;
    QString sourceName() const override { return QStringLiteral("local"); }
    void reload();

    static constexpr qint64 kMaxAgeMs = 60'000;

private:
    store::Database *m_db;
    QList<store::FaqRow> m_rows;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_reloadAgain = false; // a change came while a read was running: that read may predate it
    QElapsedTimer m_age;
    QList<std::pair<QPointer<QObject>, std::function<void(const QList<store::FaqRow> &)>>> m_waiting;
};

} // namespace concierge::knowledge
