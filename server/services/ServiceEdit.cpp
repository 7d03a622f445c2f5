#include "services/ServiceEdit.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace concierge::services::serviceEdit {

namespace {

Error invalid(const QString &field, const QString &problem)
{
    return Error{QStringLiteral("invalid_field"), field + QStringLiteral(": ") + problem};
}

QSet<QString> placeholdersOf(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    QSet<QString> out;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured(1));
    return out;
}

// Every text key the shipped service has, in any language, with the placeholders its texts use.
QHash<QString, QSet<QString>> knownKeys(const ServiceConfig &shipped)
{
    QHash<QString, QSet<QString>> keys;
    for (auto lang = shipped.texts.begin(); lang != shipped.texts.end(); ++lang) {
        const QJsonObject entries = lang.value().toObject();
        for (auto it = entries.begin(); it != entries.end(); ++it)
            keys[it.key()].unite(placeholdersOf(it.value().toString()));
    }
    return keys;
}

Result<QList<WeightedKeyword>> keywordsFrom(const QJsonValue &value)
{
    if (!value.isArray())
        return invalid(QStringLiteral("keywords"), QStringLiteral("must be a list of {\"word\", \"weight\"}"));
    const QJsonArray array = value.toArray();
    if (array.size() > kMaxKeywords)
        return invalid(QStringLiteral("keywords"), QStringLiteral("at most %1 keywords").arg(kMaxKeywords));
    QList<WeightedKeyword> out;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = QStringLiteral("keywords[%1]").arg(i);
        const QJsonObject k = array.at(i).toObject();
        const QString word = k.value(QLatin1String("word")).toString().simplified();
        if (word.isEmpty() || word.size() > kMaxKeywordLength || word.contains(u',') || word.contains(u'^'))
            return invalid(
                field + QStringLiteral(".word"),
                QStringLiteral("a word or phrase of 1 to %1 characters, without ',' or '^'").arg(kMaxKeywordLength));
        const QJsonValue weight = k.value(QLatin1String("weight"));
        if (!weight.isDouble() || weight.toDouble() < kMinWeight || weight.toDouble() > kMaxWeight)
            return invalid(field + QStringLiteral(".weight"),
                           QStringLiteral("a number from %1 to %2").arg(kMinWeight).arg(kMaxWeight));
        out.append(WeightedKeyword{word, weight.toDouble()});
    }
    return out;
}

// One language's texts: known keys only, known placeholders only, the shipped ones not emptied.
Result<QJsonObject> languageTexts(const QString &lang, const QJsonValue &value, const ServiceConfig &shipped,
                                  const QHash<QString, QSet<QString>> &known)
{
    if (!value.isObject())
        return invalid(QStringLiteral("texts.") + lang, QStringLiteral("must be an object of key: text"));
    const QJsonObject required = shipped.texts.value(lang).toObject();
    QJsonObject out;
    const QJsonObject entries = value.toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        const QString field = QStringLiteral("texts.%1.%2").arg(lang, it.key());
        if (!known.contains(it.key()))
            return invalid(field, QStringLiteral("this service uses no text of that name"));
        if (!it.value().isString())
            return invalid(field, QStringLiteral("must be a string"));
        const QString text = it.value().toString();
        if (text.trimmed().isEmpty()) {
            if (required.contains(it.key()))
                return invalid(field, QStringLiteral("must not be empty"));
            continue; // not set in this language: the French text is used
        }
        if (text.size() > kMaxText)
            return invalid(field, QStringLiteral("at most %1 characters").arg(kMaxText));
        const QSet<QString> allowed = known.value(it.key());
        for (const QString &name : placeholdersOf(text)) {
            if (!allowed.contains(name)) {
                const QStringList names(allowed.begin(), allowed.end());
                return invalid(field, QStringLiteral("unknown placeholder {%1} (this text knows: %2)")
                                          .arg(name, names.isEmpty() ? QStringLiteral("none")
                                                                     : QLatin1Char('{') + names.join(u"}, {") + u'}'));
            }
        }
        out.insert(it.key(), text);
    }
    for (auto it = required.begin(); it != required.end(); ++it) {
        if (!out.contains(it.key()))
            return invalid(QStringLiteral("texts.%1.%2").arg(lang, it.key()), QStringLiteral("is missing"));
    }
    return out;
}

Result<QJsonObject> textsFrom(const QJsonValue &value, const ServiceConfig &shipped)
{
    if (!value.isObject())
        return invalid(QStringLiteral("texts"), QStringLiteral("must be an object {\"fr\": {...}, \"en\": {...}}"));
    const QHash<QString, QSet<QString>> known = knownKeys(shipped);
    QJsonObject out;
    const QJsonObject texts = value.toObject();
    for (auto lang = texts.begin(); lang != texts.end(); ++lang) {
        if (!languages().contains(lang.key()))
            return invalid(QStringLiteral("texts.") + lang.key(),
                           QStringLiteral("unknown language (known: %1)").arg(languages().join(u", ")));
        auto entries = languageTexts(lang.key(), lang.value(), shipped, known);
        if (!entries)
            return entries.error();
        out.insert(lang.key(), entries.value());
    }
    for (const QString &lang : languages()) {
        if (shipped.texts.contains(lang) && !out.contains(lang))
            return invalid(QStringLiteral("texts.") + lang, QStringLiteral("is missing"));
    }
    return out;
}

} // namespace

QStringList languages()
{
    return {QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("wo")};
}

QJsonObject toJson(const ServiceConfig &c)
{
    QJsonArray keywords;
    for (const WeightedKeyword &k : c.keywords)
        keywords.append(QJsonObject{{QStringLiteral("word"), k.phrase}, {QStringLiteral("weight"), k.weight}});
    return {{QStringLiteral("id"), c.name},
            {QStringLiteral("enabled"), c.enabled},
            {QStringLiteral("display_name"), c.displayName},
            {QStringLiteral("system_prompt"), c.systemPrompt},
            {QStringLiteral("keywords"), keywords},
            {QStringLiteral("texts"), c.texts},
            {QStringLiteral("settings"), c.settings}};
}

Result<ServiceConfig> fromJson(const QString &id, const QJsonObject &body, const ServiceConfig &shipped)
{
    for (const char *field : {"enabled", "display_name", "system_prompt", "keywords", "texts"}) {
        if (!body.contains(QLatin1String(field)))
            return Error{QStringLiteral("missing_field"), QStringLiteral("%1: is required").arg(QLatin1String(field))};
    }
    if (body.contains(QLatin1String("id")) && body.value(QLatin1String("id")).toString() != id)
        return invalid(QStringLiteral("id"), QStringLiteral("does not match the address (%1)").arg(id));
    ServiceConfig c;
    c.name = id;
    if (!body.value(QLatin1String("enabled")).isBool())
        return invalid(QStringLiteral("enabled"), QStringLiteral("must be true or false"));
    c.enabled = body.value(QLatin1String("enabled")).toBool();
    c.displayName = body.value(QLatin1String("display_name")).toString().trimmed();
    if (c.displayName.isEmpty() || c.displayName.size() > kMaxDisplayName)
        return invalid(QStringLiteral("display_name"),
                       QStringLiteral("must not be empty (at most %1 characters)").arg(kMaxDisplayName));
    c.systemPrompt = body.value(QLatin1String("system_prompt")).toString();
    if (c.systemPrompt.size() > kMaxPrompt)
        return invalid(QStringLiteral("system_prompt"), QStringLiteral("at most %1 characters").arg(kMaxPrompt));
    if (c.systemPrompt.trimmed().isEmpty() && !shipped.systemPrompt.trimmed().isEmpty())
        return invalid(QStringLiteral("system_prompt"), QStringLiteral("must not be empty"));
    auto keywords = keywordsFrom(body.value(QLatin1String("keywords")));
    if (!keywords)
        return keywords.error();
    c.keywords = keywords.value();
    auto texts = textsFrom(body.value(QLatin1String("texts")), shipped);
    if (!texts)
        return texts.error();
    c.texts = texts.value();
    const QJsonValue settings = body.value(QLatin1String("settings"));
    if (!settings.isUndefined() && !settings.isObject())
        return invalid(QStringLiteral("settings"), QStringLiteral("must be an object"));
    c.settings = settings.toObject();
    return c;
}

} // namespace concierge::services::serviceEdit
