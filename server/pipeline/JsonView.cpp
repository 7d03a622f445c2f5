#include "pipeline/JsonView.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace concierge::pipeline {

JsonView JsonView::value(const char *key) const
{
    if (!isObject())
        return {};
    simdjson::dom::element member;
    if (m_element->get_object().value_unsafe().at_key(key).get(member) != simdjson::SUCCESS)
        return {};
    return JsonView(member);
}

QString JsonView::toString() const
{
    if (!isString())
        return {};
    const std::string_view text = m_element->get_string().value_unsafe();
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

double JsonView::toDouble() const
{
    if (!isDouble())
        return 0;
    double number = 0;
    return m_element->get_double().get(number) == simdjson::SUCCESS ? number : 0;
}

int JsonView::toInt() const
{
    // As QJsonValue::toInt: a number that is not a whole int reads as 0.
    const double number = toDouble();
    const bool whole = std::trunc(number) == number && number >= std::numeric_limits<int>::min() &&
                       number <= std::numeric_limits<int>::max();
    return whole ? int(number) : 0;
}

QJsonValue JsonView::toJsonValue() const
{
    if (!m_element)
        return QJsonValue(QJsonValue::Undefined);
    switch (m_element->type()) {
    case simdjson::dom::element_type::NULL_VALUE: return QJsonValue(QJsonValue::Null);
    case simdjson::dom::element_type::BOOL: return toBool();
    case simdjson::dom::element_type::INT64: return qint64(m_element->get_int64().value_unsafe());
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE: return toDouble();
    case simdjson::dom::element_type::STRING: return toString();
    case simdjson::dom::element_type::ARRAY:
    case simdjson::dom::element_type::OBJECT: break;
    }
    // A container, rare here (a media's error object): through its text.
    const std::string text = simdjson::minify(*m_element);
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), qsizetype(text.size())));
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}

bool JsonView::isEmptyObject() const
{
    return !isObject() || m_element->get_object().value_unsafe().size() == 0;
}

JsonDocument::JsonDocument(const QByteArray &body)
{
    // One parser per thread: its buffers grow to the largest body seen and are reused (a parser per body allocates
    // them each time). A document's views point into them, so a thread parses one body at a time (parseWebhook).
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element root;
    const auto error = parser.parse(body.constData(), size_t(body.size()), true).get(root);
    if (error != simdjson::SUCCESS) {
        m_error = QString::fromUtf8(simdjson::error_message(error));
        return;
    }
    m_root = JsonView(root);
}

} // namespace concierge::pipeline
