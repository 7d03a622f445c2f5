#include "store/SqliteStatement.h"

#include "store/Database.h"

#include <QSqlDriver>
#include <QStringEncoder>

#include <sqlite3.h>

namespace concierge::store {

sqlite3 *sqliteHandleOf(DbContext &ctx)
{
    const QVariant handle = ctx.db().driver()->handle();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3 *const *>(handle.constData())
               : nullptr;
}

SqliteStatement::SqliteStatement(sqlite3 *db, const QString &sql)
    : m_db(db)
    , m_sql(sql)
{
    const QByteArray utf8 = sql.toUtf8();
    // PERSISTENT: kept for the connection's life, so SQLite takes its memory outside the lookaside slots.
    if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) !=
        SQLITE_OK)
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(db));
    m_texts.resize(size_t(sqlite3_bind_parameter_count(m_statement))); // 0 for a statement not prepared
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement); // a no-op on nullptr
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QString &text)
{
    if (index < 1 || size_t(index) > m_texts.size())
        return; // no such placeholder: ignored, as sqlite3_bind_* ignores it (SQLITE_RANGE)
    // Encoded into the buffer this placeholder had last time: no allocation once it is big enough.
    QByteArray &utf8 = m_texts[size_t(index - 1)];
    utf8.resize(text.size() * 3); // UTF-8 takes at most 3 bytes per UTF-16 unit
    QStringEncoder toUtf8(QStringEncoder::Utf8);
    utf8.truncate(toUtf8.appendToBuffer(utf8.data(), text) - utf8.constData());
    // constData() of an empty QByteArray is "", never null: SQLite binds '' rather than NULL.
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

Result<int> SqliteStatement::run()
{
    const auto failure = [this](const QString &why) {
        return Error{QStringLiteral("db_error"),
                     QStringLiteral("SQL failed (%1): %2").arg(m_sql.simplified().left(60), why)};
    };
    if (!m_statement)
        return failure(m_prepareError);
    int step = sqlite3_step(m_statement);
    while (step == SQLITE_ROW)
        step = sqlite3_step(m_statement);
    const QString error = step == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(m_db));
    const int changed = sqlite3_changes(m_db);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (!error.isNull())
        return failure(error);
    return changed;
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace concierge::store
