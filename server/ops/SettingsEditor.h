#pragma once

#include "config/Settings.h"
#include "core/Result.h"
#include "ops/SettingsFile.h"

#include <QStringList>

namespace concierge::ops {

struct SavedSettings
{
    QStringList saved;   // the keys written to the file
    QStringList restart; // ... of which these take effect at the next start
    QStringList applied; // ... and these are in force already
};

// The console's view of the server's settings: those in force overlaid with what was saved since the start, the
// validation of changes by the real loader, and writing them to <DATA_DIR>/concierge.env.
class SettingsEditor
{
public:
    explicit SettingsEditor(config::Settings inForce);

    const config::Settings &inForce() const { return m_inForce; }
    QString filePath() const { return m_file.path(); }
    // Every editable key's current value (saved values win over those in force).
    config::Environment current() const;
    bool pendingRestart(const QString &key) const { return m_saved.contains(key); }
    // Set in the process environment, which wins over the file: a saved value would not take effect.
    static bool fromEnvironment(const QString &key);

    // The settings that `changes` would give (an empty secret keeps the current one). Errors: unknown_setting,
    // invalid_setting ("KEY: expected ..."); keyOf() names the setting concerned.
    Result<config::Settings> preview(const config::Environment &changes) const;
    // preview(), then writes the changed keys to the file.
    Result<SavedSettings> save(const config::Environment &changes);
    // "PORT" for "PORT: expected ..."; empty when the message names no setting.
    static QString keyOf(const Error &error);

private:
    config::Environment effectiveChanges(const config::Environment &changes) const;

    config::Settings m_inForce;
    SettingsFile m_file;
    config::Environment m_saved; // written since the start
};

} // namespace concierge::ops
