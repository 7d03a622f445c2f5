#include "knowledge/BaserowFaqSource.h"

#include "core/Log.h"
#include "integrations/BaserowClient.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>

namespace concierge::knowledge {

namespace {

// "Mots clés" -> "mots_cles": column names as people type them in Baserow.
QString normalizedKey(const QString &key)
{
    QString out;
    for (const QChar c : key.normalized(QString::NormalizationForm_D).toLower().trimmed()) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += (c == QLatin1Char(' ') || c == QLatin1Char('-')) ? QLatin1Char('_') : c;
    }
    return out;
}

QJsonValue column(const QJsonObject &row, std::initializer_list<QLatin1String> names)
{
    for (auto it = row.begin(); it != row.end(); ++it) {
        const QString key = normalizedKey(it.key());
        for (const QLatin1String name : names) {
            if (key == name)
                return it.value();
        }
    }
    return {};
}

// Text of a cell: a string, a number, or a select option {id, value, color}.
QString cellText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isObject())
        return cellText(value.toObject().value(QLatin1String("value")));
    return {};
}

QStringList keywordsOf(const QJsonValue &value)
{
    QStringList out;
    if (value.isArray()) { // multiple select or link rows: [{id, value, ...}]
        for (const QJsonValue &item : value.toArray()) {
            if (const QString text = cellText(item); !text.isEmpty())
                out.append(text);
        }
        return out;
    }
    static const QRegularExpression separators(QStringLiteral("[,;\\n]"));
    for (const QString &part : cellText(value).split(separators, Qt::SkipEmptyParts)) {
        if (const QString word = part.trimmed(); !word.isEmpty())
            out.append(word);
    }
    return out;
}

QString languageOf(const QJsonValue &value)
{
    const QString text = normalizedKey(cellText(value));
    if (text.isEmpty())
        return QStringLiteral("fr");
    if (text.startsWith(QLatin1String("fran")) || text == QLatin1String("french"))
        return QStringLiteral("fr");
    if (text == QLatin1String("english") || text == QLatin1String("anglais"))
        return QStringLiteral("en");
    if (text == QLatin1String("wolof"))
        return QStringLiteral("wo");
    return text.left(2);
}

} // namespace

BaserowFaqSource::BaserowFaqSource(integrations::BaserowClient *client, int tableId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_tableId(tableId)
{
}

QList<store::FaqRow> BaserowFaqSource::convert(const QList<QJsonObject> &rows)
{
    QList<store::FaqRow> out;
    for (const QJsonObject &row : rows) {
        store::FaqRow faq;
        faq.id = row.value(QLatin1String("id")).toInteger();
        faq.question = cellText(column(row, {QLatin1String("question")}));
        faq.answer = cellText(column(row, {QLatin1String("answer"), QLatin1String("reponse")}));
        if (faq.question.isEmpty() || faq.answer.isEmpty())
            continue; // a half-filled row cannot ground an answer
        faq.keywords =
            keywordsOf(column(row, {QLatin1String("keywords"), QLatin1String("mots_cles"), QLatin1String("tags")}));
        faq.language =
            languageOf(column(row, {QLatin1String("language"), QLatin1String("langue"), QLatin1String("lang")}));
        out.append(faq);
    }
    return out;
}

void BaserowFaqSource::invalidate()
{
    m_fetchedAt.invalidate();
    m_failedAt.invalidate();
}

void BaserowFaqSource::deliverLater(QObject *context, Callback done, const QList<store::FaqRow> &rows, bool fromCache)
{
    QTimer::singleShot(0, context ? context : this,
                       [done = std::move(done), rows, fromCache] { done(rows, fromCache); });
}

void BaserowFaqSource::rows(QObject *context, Callback done)
{
    const bool fresh = m_hasCache && m_fetchedAt.isValid() && m_fetchedAt.elapsed() < m_ttlMs;
    const bool backingOff = m_failedAt.isValid() && m_failedAt.elapsed() < m_failureBackoffMs;
    if (fresh || (backingOff && !m_fetching)) {
        deliverLater(context, std::move(done), m_rows, m_hasCache);
        return;
    }
    m_waiters.append(Waiter{context, context != nullptr, std::move(done)});
    if (m_fetching)
        return;
    m_fetching = true;
    m_client->listAllRows(m_tableId, this, [this](Result<QList<QJsonObject>> result) {
        if (!result) {
            qCWarning(lcBaserow) << "FAQ table" << m_tableId << "unavailable:" << result.error().code
                                 << (m_hasCache ? "- serving the cached rows" : "- no cached rows");
            onFetched(false, {});
            return;
        }
        onFetched(true, convert(result.value()));
    });
}

void BaserowFaqSource::onFetched(bool ok, const QList<store::FaqRow> &rows)
{
    m_fetching = false;
    if (ok) {
        m_rows = rows;
        m_hasCache = true;
        m_fetchedAt.start();
        m_failedAt.invalidate();
    } else {
        m_failedAt.start();
    }
    const QList<Waiter> waiters = std::exchange(m_waiters, {}); // a callback may call rows() again
    for (const Waiter &w : waiters) {
        if (w.hadContext && !w.context)
            continue;
        w.done(m_rows, !ok && m_hasCache);
    }
}

} // namespace concierge::knowledge
