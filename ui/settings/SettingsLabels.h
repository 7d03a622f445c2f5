#pragma once

#include <QString>

namespace concierge::ui {

// The words the settings dialog and the first-run wizard use for the server's settings and their groups.
QString settingLabel(const QString &key);
QString settingGroupTitle(const QString &group);

} // namespace concierge::ui
