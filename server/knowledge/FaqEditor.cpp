#include "knowledge/FaqEditor.h"

#include "audit/AuditLog.h"
#include "knowledge/LocalFaqProvider.h"
#include "store/Database.h"
#include "store/FaqRepository.h"

#include <QJsonArray>
#include <QPointer>

namespace concierge::knowledge {

namespace {

Error invalid(const QString &field, const QString &problem)
{
    return Error{QStringLiteral("invalid_field"), field + QStringLiteral(": ") + problem};
}

Error notFound(qint64 id)
{
    return Error{QStringLiteral("faq_not_found"), QStringLiteral("no knowledge base entry with id %1").arg(id)};
}

QString shortQuestion(const store::FaqRow &row)
{
    return row.question.size() > 60 ? row.question.left(57) + QStringLiteral("...") : row.question;
}

// Every change to the knowledge base is written to the audit log in the same transaction, naming the entry.
Result<qint64> audited(store::DbContext &ctx, const QString &actor, audit::AuditAction action, const store::FaqRow &row,
                       qint64 now)
{
    const audit::AuditRecord entry{actor, QString(), action,
                                   QStringLiteral("entry %1 \"%2\"").arg(row.id).arg(shortQuestion(row))};
    return audit::AuditLog::appendIn(ctx, entry, now);
}

} // namespace

FaqEditor::FaqEditor(store::Database *db, LocalFaqProvider *local, const Clock &clock)
    : m_db(db)
    , m_local(local)
    , m_clock(clock)
{
}

QJsonObject FaqEditor::toJson(const store::FaqRow &row)
{
    return {{QStringLiteral("id"), row.id},
            {QStringLiteral("question"), row.question},
            {QStringLiteral("answer"), row.answer},
            {QStringLiteral("keywords"), QJsonArray::fromStringList(row.keywords)},
            {QStringLiteral("language"), row.language}};
}

Result<store::FaqRow> FaqEditor::fromJson(const QJsonObject &body)
{
    store::FaqRow row;
    for (const char *field : {"question", "answer"}) {
        const QJsonValue value = body.value(QLatin1String(field));
        if (value.isUndefined() || value.isNull())
            return Error{QStringLiteral("missing_field"), QStringLiteral("%1: is required").arg(QLatin1String(field))};
        const int max = qstrcmp(field, "question") == 0 ? kMaxQuestion : kMaxAnswer;
        if (!value.isString() || value.toString().trimmed().isEmpty() || value.toString().trimmed().size() > max)
            return invalid(QLatin1String(field), QStringLiteral("a text of 1 to %1 characters").arg(max));
    }
    row.question = body.value(QLatin1String("question")).toString().trimmed();
    row.answer = body.value(QLatin1String("answer")).toString().trimmed();
    const QJsonValue keywords = body.value(QLatin1String("keywords"));
    if (!keywords.isUndefined() && !keywords.isArray())
        return invalid(QStringLiteral("keywords"), QStringLiteral("must be a list of words"));
    const QJsonArray words = keywords.toArray();
    if (words.size() > kMaxKeywords)
        return invalid(QStringLiteral("keywords"), QStringLiteral("at most %1 keywords").arg(kMaxKeywords));
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString word = words.at(i).toString().simplified();
        if (!words.at(i).isString() || word.isEmpty() || word.size() > 100 || word.contains(u','))
            return invalid(QStringLiteral("keywords[%1]").arg(i),
                           QStringLiteral("a word or phrase of 1 to 100 characters, without ','"));
        row.keywords.append(word);
    }
    const QJsonValue language = body.value(QLatin1String("language"));
    row.language = language.isUndefined() ? QStringLiteral("fr") : language.toString();
    if (!QStringList{QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("wo")}.contains(row.language))
        return invalid(QStringLiteral("language"), QStringLiteral("fr, en or wo"));
    return row;
}

Error FaqEditor::readOnlyError() const
{
    return Error{QStringLiteral("faq_read_only"),
                 QStringLiteral("the knowledge base comes from Baserow: edit it in Baserow, the assistant follows")};
}

void FaqEditor::reload()
{
    if (m_local)
        m_local->reload();
}

void FaqEditor::list(const QString &search, int limit, int offset, QObject *context,
                     std::function<void(Result<FaqPage>)> done) const
{
    m_db->run<FaqPage>(
        [search, limit, offset](store::DbContext &ctx) -> Result<FaqPage> {
            auto rows = store::FaqRepository::search(ctx, search, limit, offset);
            if (!rows)
                return rows.error();
            auto total = store::FaqRepository::searchCount(ctx, search);
            if (!total)
                return total.error();
            return FaqPage{rows.value(), total.value()};
        },
        context, std::move(done));
}

void FaqEditor::add(const QJsonObject &body, const QString &actor, QObject *context,
                    std::function<void(Result<store::FaqRow>)> done)
{
    if (readOnly())
        return done(readOnlyError());
    auto checked = fromJson(body);
    if (!checked)
        return done(checked.error());
    const store::FaqRow row = checked.value();
    const qint64 now = m_clock.nowMs();
    m_db->run<store::FaqRow>(
        [row, actor, now](store::DbContext &ctx) -> Result<store::FaqRow> {
            auto id = store::FaqRepository::insert(ctx, row);
            if (!id)
                return id.error();
            store::FaqRow saved = row;
            saved.id = id.value();
            if (auto logged = audited(ctx, actor, audit::AuditAction::FaqAdded, saved, now); !logged)
                return logged.error();
            return saved;
        },
        context, reloadingThen(std::move(done)));
}

// The assistant answers from the provider's copy: after a change is committed, reload it before answering the caller.
std::function<void(Result<store::FaqRow>)> FaqEditor::reloadingThen(std::function<void(Result<store::FaqRow>)> done)
{
    return [this, done = std::move(done)](Result<store::FaqRow> saved) {
        if (saved)
            reload();
        done(saved);
    };
}

void FaqEditor::update(qint64 id, const QJsonObject &body, const QString &actor, QObject *context,
                       std::function<void(Result<store::FaqRow>)> done)
{
    if (readOnly())
        return done(readOnlyError());
    auto checked = fromJson(body);
    if (!checked)
        return done(checked.error());
    store::FaqRow row = checked.value();
    row.id = id;
    const qint64 now = m_clock.nowMs();
    m_db->run<store::FaqRow>(
        [row, actor, now](store::DbContext &ctx) -> Result<store::FaqRow> {
            auto updated = store::FaqRepository::update(ctx, row);
            if (!updated)
                return updated.error();
            if (!updated.value())
                return notFound(row.id);
            if (auto logged = audited(ctx, actor, audit::AuditAction::FaqChanged, row, now); !logged)
                return logged.error();
            return row;
        },
        context, reloadingThen(std::move(done)));
}

void FaqEditor::remove(qint64 id, const QString &actor, QObject *context, std::function<void(Status)> done)
{
    if (readOnly())
        return done(readOnlyError());
    const qint64 now = m_clock.nowMs();
    m_db->run<bool>(
        [id, actor, now](store::DbContext &ctx) -> Result<bool> {
            auto row = store::FaqRepository::byId(ctx, id);
            if (!row)
                return row.error();
            if (!row.value())
                return notFound(id);
            if (auto removed = store::FaqRepository::remove(ctx, id); !removed)
                return removed.error();
            if (auto logged = audited(ctx, actor, audit::AuditAction::FaqDeleted, *row.value(), now); !logged)
                return logged.error();
            return true;
        },
        context,
        [this, done = std::move(done)](Result<bool> removed) {
            if (removed)
                reload();
            done(removed ? Status::success() : Status(removed.error()));
        });
}

} // namespace concierge::knowledge
