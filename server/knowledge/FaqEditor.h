#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "store/Records.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>

namespace concierge::store {
class Database;
}

namespace concierge::knowledge {

class LocalFaqProvider;

struct FaqPage
{
    QList<store::FaqRow> items;
    int total = 0;
};

// The console's editing of the local knowledge base (/api/v1/faq): checks a row, writes it with its audit line in one
// transaction, then reloads the in-memory FAQ so the assistant's next answer uses it. When the FAQ comes from Baserow
// (`local` is null), every change is refused with faq_read_only. Callbacks run in `context`'s thread.
class FaqEditor
{
public:
    static constexpr int kMaxQuestion = 500;
    static constexpr int kMaxAnswer = 4000;
    static constexpr int kMaxKeywords = 50;

    FaqEditor(store::Database *db, LocalFaqProvider *local, const Clock &clock = Clock::system());

    bool readOnly() const { return m_local == nullptr; }
    static QJsonObject toJson(const store::FaqRow &row);
    // Checks {"question","answer","keywords"?,"language"?}: missing_field / invalid_field naming the field.
    static Result<store::FaqRow> fromJson(const QJsonObject &body);

    void list(const QString &search, int limit, int offset, QObject *context,
              std::function<void(Result<FaqPage>)> done) const;
    void add(const QJsonObject &body, const QString &actor, QObject *context,
             std::function<void(Result<store::FaqRow>)> done);
    // Errors: faq_not_found, faq_read_only, the checks of fromJson.
    void update(qint64 id, const QJsonObject &body, const QString &actor, QObject *context,
                std::function<void(Result<store::FaqRow>)> done);
    void remove(qint64 id, const QString &actor, QObject *context, std::function<void(Status)> done);
    // The table changed behind the editor's back (an import): the assistant must see it.
    void reload();

private:
    Error readOnlyError() const;
    std::function<void(Result<store::FaqRow>)> reloadingThen(std::function<void(Result<store::FaqRow>)> done);

    store::Database *m_db;
    LocalFaqProvider *m_local;
    const Clock &m_clock;
};

} // namespace concierge::knowledge
