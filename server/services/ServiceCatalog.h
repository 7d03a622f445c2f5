#pragma once

#include "ai/Routing.h"
#include "core/Result.h"
#include "store/Records.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace concierge::services {

// A routing keyword or phrase with its weight. Stored as text "phrase^weight" ("parler a un pretre^3"); a
// trailing '*' makes the last word a prefix ("inscri*" matches inscrit, inscription).
struct WeightedKeyword
{
    QString phrase;
    double weight = 1.0;

    static WeightedKeyword parse(const QString &text);
    QString toString() const;
};

// The configuration of one service (or of "system", which holds the global texts).
struct ServiceConfig
{
    QString name; // renseignement | catechese | contact_humain | system
    bool enabled = true;
    QString displayName;
    QString systemPrompt;
    QList<WeightedKeyword> keywords;
    QJsonObject texts; // {"fr": {"welcome": "...", ...}, "en": {...}, "wo": {...}}
    QJsonObject settings;
};

// What the assistant knows about its services: on/off, names, prompts, routing keywords and every reply text per
// language. Defaults ship in :/concierge/data/services.json; database rows override them. A copyable value.
class ServiceCatalog
{
public:
    static QString systemName() { return QStringLiteral("system"); }
    static QStringList serviceNames(); // the three services, in menu order, then "system"

    // The shipped configuration (the resource); never fails: a broken resource is a build defect, asserted in tests.
    static ServiceCatalog defaults();
    // Parses the services.json shape; errors name the service and the field.
    static Result<ServiceCatalog> fromJson(const QByteArray &json);
    // Database rows over the defaults: a row replaces its service's fields; texts missing from it keep the default.
    static ServiceCatalog fromRecords(const QList<store::ServiceRecord> &records);
    QList<store::ServiceRecord> toRecords() const;
    QByteArray toJson() const;

    bool contains(const QString &service) const { return m_services.contains(service); }
    ServiceConfig config(const QString &service) const { return m_services.value(service); }
    void setConfig(const ServiceConfig &config) { m_services.insert(config.name, config); }
    void setEnabled(ai::ServiceId service, bool enabled);

    bool isEnabled(ai::ServiceId service) const;
    // The text `key` in `language`, else in French, else the system entry's, else a built-in last resort.
    QString text(const QString &service, const QString &key, const QString &language) const;
    QString text(ai::ServiceId service, const QString &key, const QString &language) const;
    QList<WeightedKeyword> keywords(ai::ServiceId service) const;
    QString systemPrompt(ai::ServiceId service) const;
    QString displayName(ai::ServiceId service, const QString &language = QStringLiteral("fr")) const;

private:
    static QString keyOf(ai::ServiceId service);
    QString lookup(const QString &service, const QString &key, const QString &language) const;

    QHash<QString, ServiceConfig> m_services;
};

} // namespace concierge::services
