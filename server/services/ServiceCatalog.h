#pragma once

#include "core/Result.h"
#include "domain/ServiceId.h"
#include "domain/WeightedKeyword.h"
#include "store/Records.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace concierge::services {

using domain::WeightedKeyword;

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
    static QStringList serviceNames(); // every known service (domain::knownServices()), then "system"

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
    void setEnabled(domain::ServiceId service, bool enabled);

    bool isEnabled(domain::ServiceId service) const;
    // The text `key` in `language`, else in French, else the system entry's, else a built-in last resort.
    QString text(const QString &service, const QString &key, const QString &language) const;
    QString text(domain::ServiceId service, const QString &key, const QString &language) const;
    QList<WeightedKeyword> keywords(domain::ServiceId service) const;
    QString systemPrompt(domain::ServiceId service) const;
    QString displayName(domain::ServiceId service, const QString &language = QStringLiteral("fr")) const;

private:
    static QString keyOf(domain::ServiceId service);
    QString lookup(const QString &service, const QString &key, const QString &language) const;

    QHash<QString, ServiceConfig> m_services;
};

} // namespace concierge::services
