#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <simdjson.h>

#include <optional>

namespace concierge::pipeline {

// A read-only view of one value of a parsed JSON document, with the part of QJsonValue's interface the webhook's
// parser uses (a missing key or a wrong type reads as undefined, an empty string, false or 0, as with QJsonValue).
// The webhook body is the hottest input of the server: QJsonDocument built a tree of every field of it (7 to 10 µs a
// body of 800 bytes, a tenth of an acknowledgement's CPU on SQLite), where simdjson reads it in under a microsecond
// and only the fields read are converted to QString. Valid while the JsonDocument it came from lives.
class JsonView
{
public:
    JsonView() = default;
    explicit JsonView(simdjson::dom::element element)
        : m_element(element)
    {
    }

    bool isUndefined() const { return !m_element; }
    bool isObject() const { return m_element && m_element->is_object(); }
    bool isString() const { return m_element && m_element->is_string(); }
    bool isDouble() const { return m_element && m_element->is_number(); } // QJsonValue's "number"
    bool contains(const char *key) const { return !value(key).isUndefined(); }
    // Objects: the member `key` (undefined when absent or when this is not an object).
    JsonView value(const char *key) const;
    QString toString() const;
    bool toBool() const { return m_element && m_element->is_bool() && bool(m_element->get_bool().value_unsafe()); }
    double toDouble() const;
    int toInt() const;
    // Any value, as Qt's JSON classes hold it (for the few values copied whole into a record).
    QJsonValue toJsonValue() const;
    // An object without members, or not an object.
    bool isEmptyObject() const;

private:
    std::optional<simdjson::dom::element> m_element;
};

// A parsed body. The parser's buffers are reused from one body to the next (one parser per thread).
class JsonDocument
{
public:
    // Parses `body`; on failure error() says why and root() is undefined.
    explicit JsonDocument(const QByteArray &body);
    const QString &error() const { return m_error; }
    JsonView root() const { return m_root; }

private:
    JsonView m_root;
    QString m_error;
};

} // namespace concierge::pipeline
