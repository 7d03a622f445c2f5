#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

namespace concierge::store::sql {

// Rows bound as ONE parameter (PostgreSQL: json_to_recordset), so that one prepared statement takes any count:
//   JsonRows rows;
//   rows.row().field("i", id).field("w", wahaId);
//   ctx.exec(q, {rows.bound()});
// The text is written straight into one string. Built through QJsonObject and QJsonDocument, each field was an
// allocation and a QCborValue conversion, a visible share of the PostgreSQL path's CPU (bench/README.md, PostgreSQL
// round 8). A null QString is written as "" (every column is NOT NULL); a NaN or infinite double as null.
class JsonRows
{
public:
    JsonRows &row();
    JsonRows &field(const char *key, const QString &value);
    JsonRows &field(const char *key, qint64 value);
    JsonRows &field(const char *key, int value) { return field(key, qint64(value)); }
    JsonRows &field(const char *key, double value);
    JsonRows &field(const char *key, bool value);
    // A row that holds one string and no key (a JSON array of strings: json_array_elements_text).
    JsonRows &string(const QString &value);

    // The array's text, as the statement's parameter.
    QVariant bound() const;

    // `values` as a JSON array of strings.
    static QVariant strings(const QStringList &values);

private:
    void key(const char *name);
    void quoted(const QString &value);

    void nextElement();

    QString m_text;
    int m_rows = 0;
    bool m_rowOpen = false;     // the last element is an object, its closing brace not written yet
    bool m_rowHasField = false; // ... and it has a field already
};

} // namespace concierge::store::sql
