#include "services/ServiceCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace concierge::services {

namespace {

const QString kFr = QStringLiteral("fr");

Error configError(const QString &service, const QString &field, const QString &problem)
{
    return Error{QStringLiteral("invalid_service_config"),
                 QStringLiteral("service \"%1\", field \"%2\": %3").arg(service, field, problem)};
}

// Checks {"fr": {"key": "text", ...}, ...}; returns an empty message when fine.
QString textsProblem(const QJsonObject &texts)
{
    for (auto lang = texts.begin(); lang != texts.end(); ++lang) {
        if (!lang.value().isObject())
            return QStringLiteral("language \"%1\" must be an object of texts").arg(lang.key());
        const QJsonObject entries = lang.value().toObject();
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            if (!it.value().isString())
                return QStringLiteral("text \"%1.%2\" must be a string").arg(lang.key(), it.key());
        }
    }
    return {};
}

Result<ServiceConfig> parseService(const QJsonValue &value, int index)
{
    const QString where = QStringLiteral("#%1").arg(index);
    if (!value.isObject())
        return configError(where, QStringLiteral("(entry)"), QStringLiteral("must be an object"));
    const QJsonObject o = value.toObject();
    ServiceConfig c;
    c.name = o.value(QLatin1String("name")).toString().trimmed();
    if (!ServiceCatalog::serviceNames().contains(c.name))
        return configError(c.name.isEmpty() ? where : c.name, QStringLiteral("name"),
                           QStringLiteral("must be one of %1").arg(ServiceCatalog::serviceNames().join(u", ")));
    const auto typed = [&](const char *field, bool ok) -> std::optional<Error> {
        if (o.contains(QLatin1String(field)) && !ok)
            return configError(c.name, QString::fromLatin1(field), QStringLiteral("has the wrong type"));
        return std::nullopt;
    };
    for (const auto &check : {typed("enabled", o.value(QLatin1String("enabled")).isBool()),
                              typed("display_name", o.value(QLatin1String("display_name")).isString()),
                              typed("system_prompt", o.value(QLatin1String("system_prompt")).isString()),
                              typed("keywords", o.value(QLatin1String("keywords")).isArray()),
                              typed("texts", o.value(QLatin1String("texts")).isObject()),
                              typed("settings", o.value(QLatin1String("settings")).isObject())}) {
        if (check)
            return *check;
    }
    c.enabled = o.value(QLatin1String("enabled")).toBool(true);
    c.displayName = o.value(QLatin1String("display_name")).toString();
    c.systemPrompt = o.value(QLatin1String("system_prompt")).toString();
    const QJsonArray keywords = o.value(QLatin1String("keywords")).toArray();
    for (qsizetype i = 0; i < keywords.size(); ++i) {
        if (!keywords.at(i).isString() || keywords.at(i).toString().trimmed().isEmpty())
            return configError(c.name, QStringLiteral("keywords[%1]").arg(i),
                               QStringLiteral("must be a non-empty string"));
        c.keywords.append(WeightedKeyword::parse(keywords.at(i).toString()));
    }
    c.texts = o.value(QLatin1String("texts")).toObject();
    if (const QString problem = textsProblem(c.texts); !problem.isEmpty())
        return configError(c.name, QStringLiteral("texts"), problem);
    c.settings = o.value(QLatin1String("settings")).toObject();
    return c;
}

// Default texts overlaid by the row's: a row that only changes the French welcome keeps every other default.
QJsonObject mergeTexts(QJsonObject base, const QJsonObject &over)
{
    for (auto lang = over.begin(); lang != over.end(); ++lang) {
        QJsonObject merged = base.value(lang.key()).toObject();
        const QJsonObject entries = lang.value().toObject();
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            if (!it.value().toString().trimmed().isEmpty())
                merged.insert(it.key(), it.value());
        }
        base.insert(lang.key(), merged);
    }
    return base;
}

} // namespace

QStringList ServiceCatalog::serviceNames()
{
    QStringList names;
    for (domain::ServiceId service : domain::knownServices())
        names.append(domain::serviceName(service));
    names.append(systemName());
    return names;
}

ServiceCatalog ServiceCatalog::defaults()
{
    static const ServiceCatalog shipped = [] {
        QFile file(QStringLiteral(":/concierge/data/services.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("services.json is missing from the resources");
            return ServiceCatalog{};
        }
        auto parsed = fromJson(file.readAll());
        if (!parsed) {
            qWarning("services.json is invalid: %s", qPrintable(parsed.error().message));
            return ServiceCatalog{};
        }
        return parsed.value();
    }();
    return shipped;
}

Result<ServiceCatalog> ServiceCatalog::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{
            QStringLiteral("invalid_service_config"),
            QStringLiteral("services.json: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset)};
    if (!doc.object().value(QLatin1String("services")).isArray())
        return Error{QStringLiteral("invalid_service_config"),
                     QStringLiteral("services.json: \"services\" must be an array")};
    ServiceCatalog catalog;
    const QJsonArray services = doc.object().value(QLatin1String("services")).toArray();
    for (qsizetype i = 0; i < services.size(); ++i) {
        auto config = parseService(services.at(i), int(i));
        if (!config)
            return config.error();
        if (catalog.m_services.contains(config->name))
            return configError(config->name, QStringLiteral("name"), QStringLiteral("appears twice"));
        catalog.m_services.insert(config->name, config.value());
    }
    return catalog;
}

ServiceCatalog ServiceCatalog::fromRecords(const QList<store::ServiceRecord> &records)
{
    ServiceCatalog catalog = defaults();
    for (const store::ServiceRecord &r : records) {
        if (!serviceNames().contains(r.name))
            continue;
        ServiceConfig c = catalog.m_services.value(r.name);
        c.name = r.name;
        c.enabled = r.enabled;
        if (!r.displayName.trimmed().isEmpty())
            c.displayName = r.displayName;
        if (!r.systemPrompt.trimmed().isEmpty())
            c.systemPrompt = r.systemPrompt;
        if (!r.keywords.isEmpty()) {
            c.keywords.clear();
            for (const QString &k : r.keywords) {
                if (!k.trimmed().isEmpty())
                    c.keywords.append(WeightedKeyword::parse(k));
            }
        }
        c.texts = mergeTexts(c.texts, r.texts);
        for (auto it = r.settings.begin(); it != r.settings.end(); ++it)
            c.settings.insert(it.key(), it.value());
        catalog.m_services.insert(c.name, c);
    }
    return catalog;
}

QList<store::ServiceRecord> ServiceCatalog::toRecords() const
{
    QList<store::ServiceRecord> out;
    for (const QString &name : serviceNames()) {
        if (!m_services.contains(name))
            continue;
        const ServiceConfig &c = m_services[name];
        store::ServiceRecord r;
        r.name = c.name;
        r.enabled = c.enabled;
        r.displayName = c.displayName;
        r.systemPrompt = c.systemPrompt;
        for (const WeightedKeyword &k : c.keywords)
            r.keywords.append(k.toString());
        r.texts = c.texts;
        r.settings = c.settings;
        out.append(r);
    }
    return out;
}

QByteArray ServiceCatalog::toJson() const
{
    QJsonArray services;
    for (const store::ServiceRecord &r : toRecords()) {
        services.append(QJsonObject{{QStringLiteral("name"), r.name},
                                    {QStringLiteral("enabled"), r.enabled},
                                    {QStringLiteral("display_name"), r.displayName},
                                    {QStringLiteral("system_prompt"), r.systemPrompt},
                                    {QStringLiteral("keywords"), QJsonArray::fromStringList(r.keywords)},
                                    {QStringLiteral("texts"), r.texts},
                                    {QStringLiteral("settings"), r.settings}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("services"), services}})
        .toJson(QJsonDocument::Indented);
}

QString ServiceCatalog::keyOf(domain::ServiceId service)
{
    return service == domain::ServiceId::Unknown ? systemName() : domain::serviceName(service);
}

void ServiceCatalog::setEnabled(domain::ServiceId service, bool enabled)
{
    if (service != domain::ServiceId::Unknown)
        m_services[keyOf(service)].enabled = enabled;
}

bool ServiceCatalog::isEnabled(domain::ServiceId service) const
{
    if (service == domain::ServiceId::Unknown)
        return false;
    const auto it = m_services.constFind(keyOf(service));
    return it != m_services.constEnd() && it->enabled;
}

QString ServiceCatalog::lookup(const QString &service, const QString &key, const QString &language) const
{
    const QJsonObject texts = m_services.value(service).texts;
    QString t = texts.value(language).toObject().value(key).toString();
    if (t.trimmed().isEmpty())
        t = texts.value(kFr).toObject().value(key).toString();
    return t;
}

QString ServiceCatalog::text(const QString &service, const QString &key, const QString &language) const
{
    QString t = lookup(service, key, language);
    if (t.trimmed().isEmpty() && service != systemName())
        t = lookup(systemName(), key, language);
    if (t.trimmed().isEmpty() && language == QLatin1String("en"))
        return QStringLiteral("Message received, we will answer you shortly.");
    if (t.trimmed().isEmpty())
        return QStringLiteral("Message bien reçu, nous vous répondons rapidement.");
    return t;
}

QString ServiceCatalog::text(domain::ServiceId service, const QString &key, const QString &language) const
{
    return text(keyOf(service), key, language);
}

QList<WeightedKeyword> ServiceCatalog::keywords(domain::ServiceId service) const
{
    return service == domain::ServiceId::Unknown ? QList<WeightedKeyword>{} : m_services.value(keyOf(service)).keywords;
}

QString ServiceCatalog::systemPrompt(domain::ServiceId service) const
{
    return m_services.value(keyOf(service)).systemPrompt;
}

QString ServiceCatalog::displayName(domain::ServiceId service, const QString &language) const
{
    const ServiceConfig c = m_services.value(keyOf(service));
    const QString localized = c.texts.value(language).toObject().value(QLatin1String("display_name")).toString();
    return localized.isEmpty() ? c.displayName : localized;
}

} // namespace concierge::services
