#pragma once

#include "config/Settings.h"
#include "core/Result.h"

#include <QCoreApplication>

namespace concierge::app {

// Parses the command line shared by both programs and builds the settings: the process environment, over the
// console's <DATA_DIR>/concierge.env, over the .env file (--env-file, else ./.env when present), over the defaults;
// --port/--host/--data-dir win over all.
// Exits the process for --help and --version.
// `positional` (may be null) receives the arguments that are not options, e.g. {"import", "parents", "f.csv"}.
Result<config::Settings> loadSettings(const QCoreApplication &app, const QString &description,
                                      QStringList *positional = nullptr);

// The settings from a .env file's values under `overrides` (the process environment and the command line), with
// <DATA_DIR>/concierge.env (saved by the console's settings dialog) between the two.
Result<config::Settings> settingsFrom(const config::Environment &envFile, const config::Environment &overrides);

// Sets the application name, organisation and version used by both programs.
void describeApplication(const QString &name);

} // namespace concierge::app
