#pragma once

#include "config/Settings.h"
#include "core/Result.h"

#include <QCoreApplication>

namespace concierge::app {

// Options of the console only (`concierge`), parsed with the shared ones.
struct ConsoleOptions
{
    QString connectUrl;     // --connect URL: a remote concierge-server, no server here
    QString user;           // --user NAME: pre-fills the login
    QString screenshotsDir; // --screenshots DIR (hidden): photograph the pages into DIR and quit
};

// Parses the command line shared by both programs and builds the settings: the process environment, over the
// console's <DATA_DIR>/concierge.env, over the .env file (--env-file, else ./.env when present), over the defaults;
// --port/--host/--data-dir win over all.
// Exits the process for --help and --version.
// `positional` (may be null) receives the arguments that are not options, e.g. {"import", "parents", "f.csv"}.
// `console` (may be null) adds and receives the console's own options.
Result<config::Settings> loadSettings(const QCoreApplication &app, const QString &description,
                                      QStringList *positional = nullptr, ConsoleOptions *console = nullptr);

// The settings from a .env file's values under `overrides` (the process environment and the command line), with
// <DATA_DIR>/concierge.env (saved by the console's settings dialog) between the two.
Result<config::Settings> settingsFrom(const config::Environment &envFile, const config::Environment &overrides);

// Sets the application name, organisation and version used by both programs.
void describeApplication(const QString &name);

} // namespace concierge::app
