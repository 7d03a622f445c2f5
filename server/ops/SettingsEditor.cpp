#include "ops/SettingsEditor.h"

#include "ops/SettingsCatalog.h"

#include <QProcessEnvironment>

namespace concierge::ops {

SettingsEditor::SettingsEditor(config::Settings inForce)
    : m_inForce(std::move(inForce))
    , m_file(SettingsFile::pathIn(m_inForce.dataDir))
{
}

config::Environment SettingsEditor::current() const
{
    config::Environment env = SettingsCatalog::values(m_inForce);
    for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

bool SettingsEditor::fromEnvironment(const QString &key)
{
    return QProcessEnvironment::systemEnvironment().contains(key);
}

config::Environment SettingsEditor::effectiveChanges(const config::Environment &changes) const
{
    config::Environment out;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const SettingDefinition *definition = SettingsCatalog::find(it.key());
        if (definition && definition->secret && it.value().isEmpty())
            continue; // the dialog sends secrets only when replaced
        out.insert(it.key(), it.value().trimmed());
    }
    return out;
}

Result<config::Settings> SettingsEditor::preview(const config::Environment &changes) const
{
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (!SettingsCatalog::find(it.key()))
            return Error{QStringLiteral("unknown_setting"),
                         QStringLiteral("%1: not a setting the console may change").arg(it.key())};
        if (it.value().contains(u'\n') || it.value().contains(u'\r'))
            return Error{QStringLiteral("invalid_setting"),
                         QStringLiteral("%1: expected one line, got several").arg(it.key())};
    }
    config::Environment env = current();
    const config::Environment effective = effectiveChanges(changes);
    for (auto it = effective.cbegin(); it != effective.cend(); ++it)
        env.insert(it.key(), it.value());
    env.insert(QStringLiteral("DATA_DIR"), m_inForce.dataDir);
    return config::SettingsLoader::fromEnvironment(env);
}

Result<SavedSettings> SettingsEditor::save(const config::Environment &changes)
{
    auto settings = preview(changes);
    if (!settings)
        return settings.error();
    const config::Environment effective = effectiveChanges(changes);
    if (Status written = m_file.update(effective); !written)
        return written.error();
    SavedSettings result;
    for (auto it = effective.cbegin(); it != effective.cend(); ++it) {
        result.saved.append(it.key());
        const SettingDefinition *definition = SettingsCatalog::find(it.key());
        if (definition->restart) {
            if (SettingsCatalog::values(m_inForce).value(it.key()) != it.value())
                result.restart.append(it.key());
            m_saved.insert(it.key(), it.value());
        } else {
            result.applied.append(it.key());
        }
    }
    if (result.applied.contains(QStringLiteral("LOG_LEVEL"))) {
        m_inForce.logLevel = settings.value().logLevel;
        config::SettingsLoader::applyLogLevel(m_inForce.logLevel);
    }
    result.saved.sort();
    result.restart.sort();
    result.applied.sort();
    return result;
}

QString SettingsEditor::keyOf(const Error &error)
{
    const qsizetype colon = error.message.indexOf(u':');
    const QString key = colon > 0 ? error.message.left(colon) : QString();
    return SettingsCatalog::find(key) ? key : QString();
}

} // namespace concierge::ops
