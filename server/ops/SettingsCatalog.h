#pragma once

#include "config/Settings.h"

#include <QList>
#include <QString>

namespace concierge::ops {

// The settings the console may read and edit (GET/PUT /api/v1/settings), each with its group and nature. The
// database location, the data folder and the generated JWT key are left to the command line and the environment.
struct SettingDefinition
{
    QString key;   // the environment name, e.g. "WAHA_BASE_URL"
    QString group; // whatsapp | ai | baserow | parish | hours | server
    bool secret = false;
    bool restart = true; // false: applied at once when saved
    QString (*value)(const config::Settings &) = nullptr;
};

class SettingsCatalog
{
public:
    static const QList<SettingDefinition> &all();
    static const SettingDefinition *find(const QString &key);
    // Every editable setting's value in force (for validation: the loader needs the whole set).
    static config::Environment values(const config::Settings &settings);
    // What may be shown of a secret: its last 4 characters when it is long enough to keep the rest hidden.
    static QString hint(const QString &secret);
    // "Test connection" with an address that is not the saved one must not carry the saved key there: a typo or a
    // hostile address would receive it. Returns the saved secret's key that the `given` values would send to a new
    // address of its group (e.g. WAHA_API_KEY when WAHA_BASE_URL changes and no key is given), or an empty string.
    static QString secretSentElsewhere(const config::Environment &given, const config::Environment &saved);
};

} // namespace concierge::ops
