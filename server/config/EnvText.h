#pragma once

#include "config/Settings.h"

#include <QByteArray>
#include <QString>

namespace concierge::config {

// The text of a .env file: KEY=VALUE lines, '#' comments, optional "export ", single or double quotes, a trailing
// " # comment" after an unquoted value. `source` names the file in errors ("<source>:<line>: expected KEY=VALUE").
// SettingsLoader::readEnvFile reads a file with it; the fuzz target (tests/fuzz/FuzzEnvFile) feeds it directly.
Result<Environment> parseEnvText(const QByteArray &text, const QString &source);

} // namespace concierge::config
