#include "store/JsonRows.h"

#include <QLocale>

#include <cmath>

namespace concierge::store::sql {

namespace {

bool needsEscape(QChar c)
{
    return c.unicode() < 0x20 || c == QLatin1Char('"') || c == QLatin1Char('\\');
}

void appendEscaped(QString &out, QChar c)
{
    switch (c.unicode()) {
    case '"': out += QLatin1String("\\\""); return;
    case '\\': out += QLatin1String("\\\\"); return;
    case '\n': out += QLatin1String("\\n"); return;
    case '\r': out += QLatin1String("\\r"); return;
    case '\t': out += QLatin1String("\\t"); return;
    case '\b': out += QLatin1String("\\b"); return;
    case '\f': out += QLatin1String("\\f"); return;
    default:
        out += QLatin1String("\\u00");
        out += QLatin1Char("0123456789abcdef"[c.unicode() >> 4]);
        out += QLatin1Char("0123456789abcdef"[c.unicode() & 0xf]);
    }
}

} // namespace

void JsonRows::nextElement()
{
    if (m_rowOpen)
        m_text += QLatin1Char('}');
    if (m_rows > 0)
        m_text += QLatin1Char(',');
    m_rowOpen = false;
    ++m_rows;
}

JsonRows &JsonRows::row()
{
    nextElement();
    m_text += QLatin1Char('{');
    m_rowOpen = true;
    m_rowHasField = false;
    return *this;
}

JsonRows &JsonRows::string(const QString &value)
{
    nextElement();
    quoted(value);
    return *this;
}

void JsonRows::key(const char *name)
{
    Q_ASSERT(m_rowOpen); // a field belongs to a row(): keys are the code's own, never escaped
    if (m_rowHasField)
        m_text += QLatin1Char(',');
    m_rowHasField = true;
    m_text += QLatin1Char('"');
    m_text += QLatin1String(name);
    m_text += QLatin1String("\":");
}

void JsonRows::quoted(const QString &value)
{
    m_text += QLatin1Char('"');
    // Most values need no escape: copied in one piece up to the first character that does.
    qsizetype start = 0;
    for (qsizetype k = 0; k < value.size(); ++k) {
        if (!needsEscape(value[k]))
            continue;
        m_text += QStringView(value).mid(start, k - start);
        appendEscaped(m_text, value[k]);
        start = k + 1;
    }
    m_text += QStringView(value).mid(start);
    m_text += QLatin1Char('"');
}

JsonRows &JsonRows::field(const char *name, const QString &value)
{
    key(name);
    quoted(value);
    return *this;
}

JsonRows &JsonRows::field(const char *name, qint64 value)
{
    key(name);
    m_text += QString::number(value);
    return *this;
}

JsonRows &JsonRows::field(const char *name, double value)
{
    key(name);
    if (std::isfinite(value))
        m_text += QString::number(value, 'g', QLocale::FloatingPointShortest);
    else
        m_text += QLatin1String("null");
    return *this;
}

JsonRows &JsonRows::field(const char *name, bool value)
{
    key(name);
    m_text += value ? QLatin1String("true") : QLatin1String("false");
    return *this;
}

QVariant JsonRows::bound() const
{
    QString out;
    out.reserve(m_text.size() + 3);
    out += QLatin1Char('[');
    out += m_text;
    if (m_rowOpen)
        out += QLatin1Char('}');
    out += QLatin1Char(']');
    return out;
}

QVariant JsonRows::strings(const QStringList &values)
{
    JsonRows rows;
    for (const QString &value : values)
        rows.string(value);
    return rows.bound();
}

} // namespace concierge::store::sql
